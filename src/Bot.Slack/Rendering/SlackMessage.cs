using System.Text.Json.Nodes;

namespace Bot.Slack.Rendering;

/// <summary>A message to post: the plain fallback <c>text</c> (notifications, screen readers) and its Block Kit blocks.</summary>
internal sealed record SlackMessage(string Text, JsonArray Blocks)
{
    /// <summary>A message of one mrkdwn section.</summary>
    public static SlackMessage Plain(string escapedText) =>
        new(escapedText, [SlackBlocks.Section(escapedText)]);
}
