using Bot.Slack.Requests;

namespace Bot.Slack.Tests.Requests;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("<@U0LAN0Z89> why did Trump threaten tariffs?", "why did Trump threaten tariffs?")]
    [InlineData("<@U0LAN0Z89|newsbot>   who said it?", "who said it?")]
    [InlineData("what did <@W123ABC> ask &amp; why &lt;now&gt;", "what did   ask & why <now>")]
    [InlineData("<@U0LAN0Z89>", "")]
    [InlineData("no mention at all", "no mention at all")]
    public void WithoutMentions_MentionText_LeavesTheQuestion(string text, string expected)
    {
        // Act
        var question = SlackText.WithoutMentions(text);

        // Assert
        Assert.Equal(expected, question);
    }

    [Theory]
    [InlineData("a &amp;lt; b", "a &lt; b")]
    [InlineData("&lt;script&gt;", "<script>")]
    [InlineData("plain", "plain")]
    public void Unescape_SlackEntities_DecodesOnlyTheThree(string text, string expected)
    {
        // Act
        var plain = SlackText.Unescape(text);

        // Assert
        Assert.Equal(expected, plain);
    }
}
