using System.Text.RegularExpressions;

namespace Bot.Slack.Requests;

/// <summary>Message text as Slack sends it: entity-escaped, with mentions as <c>&lt;@U…&gt;</c>.</summary>
internal static partial class SlackText
{
    /// <summary>Undoes Slack's three entities; the doc escapes only these. https://docs.slack.dev/messaging/formatting-message-text</summary>
    public static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);

    /// <summary>The question in an @mention: every user mention removed, then unescaped and trimmed.</summary>
    public static string WithoutMentions(string text) => Unescape(Mention().Replace(text, " ")).Trim();

    [GeneratedRegex(@"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")]
    private static partial Regex Mention();
}
