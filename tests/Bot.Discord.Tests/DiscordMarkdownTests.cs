using Bot.Discord.Rendering;

namespace Bot.Discord.Tests;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("*bold* and _it_", "\\*bold\\* and \\_it\\_")]
    [InlineData("~~gone~~ `code` ||spoiler||", "\\~\\~gone\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|")]
    [InlineData("[site](https://x.test)", "\\[site\\](https://x.test)")]
    [InlineData("@everyone <@123>", "\\@everyone \\<\\@123\\>")]
    [InlineData("# heading", "\\# heading")]
    [InlineData("> quoted\n- item", "\\> quoted\n\\- item")]
    [InlineData("1. first", "\\1. first")]
    [InlineData("a - b # c", "a - b # c")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("", "")]
    public void Escape_Text_EscapesMarkdown(string input, string expected)
    {
        // Act
        var escaped = DiscordMarkdown.Escape(input);

        // Assert
        Assert.Equal(expected, escaped);
    }

    [Theory]
    [InlineData("*bold* [x](y) @here")]
    [InlineData("Guzmán’s \"quote\" — 25%")]
    public void Unescape_EscapedText_RoundTrips(string input)
    {
        // Act
        var back = DiscordMarkdown.Unescape(DiscordMarkdown.Escape(input));

        // Assert
        Assert.Equal(input, back);
    }
}
