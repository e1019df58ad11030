using Bot.Slack.Rendering;

namespace Bot.Slack.Tests.Rendering;

public sealed class SlackMrkdwnTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("A & B", "A &amp; B")]
    [InlineData("<@U123> hi", "&lt;@U123&gt; hi")]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("<https://evil.example|bank>", "&lt;https://evil.example|bank&gt;")]
    [InlineData("&lt; already", "&amp;lt; already")]
    [InlineData("*bold* _it_ ~s~", "*bold* _it_ ~s~")]
    [InlineData("", "")]
    public void Escape_Text_EscapesOnlyAmpersandAndAngleBrackets(string text, string expected)
    {
        // Act
        var escaped = SlackMrkdwn.Escape(text);

        // Assert
        Assert.Equal(expected, escaped);
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("one two three four", 10, "one two…")]
    [InlineData("abcdefghijklmnop", 6, "abcde…")]
    public void Shorten_TextAndLimit_FitsWithEllipsis(string text, int max, string expected)
    {
        // Act
        var shortened = SlackMrkdwn.Shorten(text, max);

        // Assert
        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= max);
    }

    [Fact]
    public void Shorten_CutInsideSurrogatePair_KeepsWholeCharacters()
    {
        // Arrange: "ab" then an emoji (two UTF-16 units) straddling the cut.
        var text = "ab\U0001F4CCcdef";

        // Act
        var shortened = SlackMrkdwn.Shorten(text, 4);

        // Assert
        Assert.Equal("ab…", shortened);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(2999)]
    public void EscapeToFit_TextFullOfEntities_NeverExceedsLimitOrCutsAnEntity(int max)
    {
        // Arrange
        var text = string.Concat(Enumerable.Repeat("a<b & c> ", 1000));

        // Act
        var escaped = SlackMrkdwn.EscapeToFit(text, max);

        // Assert
        Assert.True(escaped.Length <= max, $"{escaped.Length} > {max}");
        Assert.EndsWith(SlackMrkdwn.Ellipsis, escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("<", escaped, StringComparison.Ordinal);
        Assert.Matches("^([^&]|&amp;|&lt;|&gt;)*$", escaped);
    }

    [Theory]
    [InlineData("https://example.com/a?b=1&c=2", "Outlet", "<https://example.com/a?b=1&amp;c=2|Outlet>")]
    [InlineData("https://example.com/", "A <b> & c", "<https://example.com/|A &lt;b&gt; &amp; c>")]
    [InlineData("https://example.com/", "a|b", "<https://example.com/|a¦b>")]
    [InlineData("javascript:alert(1)", "Outlet", "Outlet")]
    [InlineData(null, "Outlet", "Outlet")]
    public void Link_UrlAndLabel_LinksOnlyHttpWithEscapedLabel(string? url, string label, string expected)
    {
        // Act
        var link = SlackMrkdwn.Link(url, label);

        // Assert
        Assert.Equal(expected, link);
    }

    [Theory]
    [InlineData("one line", ">one line")]
    [InlineData("two\nlines", ">two\n>lines")]
    public void Quote_Lines_PrefixesEveryLine(string text, string expected)
    {
        // Act
        var quoted = SlackMrkdwn.Quote(text);

        // Assert
        Assert.Equal(expected, quoted);
    }
}
