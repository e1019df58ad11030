using System.Text;

namespace Bot.Slack.Rendering;

/// <summary>
/// Slack's mrkdwn: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> are control characters and are escaped in every piece of
/// article or user text, so nobody is pinged and no link is forged. Nothing else is escaped: the doc decodes only these.
/// https://docs.slack.dev/messaging/formatting-message-text#escaping
/// </summary>
internal static partial class SlackMrkdwn
{
    /// <summary>A section's text holds at most 3,000 characters. https://docs.slack.dev/reference/block-kit/blocks/section-block</summary>
    public const int MaxSectionText = 3000;

    public const string Ellipsis = "…";

    /// <summary>Escapes <c>&amp;</c> first, then <c>&lt;</c> and <c>&gt;</c>.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>Text of at most <paramref name="max"/> characters: cut at a word break when one is near, then "…".</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        var space = text.LastIndexOf(' ', cut);
        if (space > cut * 3 / 4)
        {
            cut = space;
        }

        // Never split a surrogate pair: half an emoji is not text.
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// Escapes raw text so that the result fits in <paramref name="max"/> characters, shortening the raw text (not the
    /// escaped one, which could cut an entity in half).
    /// </summary>
    public static string EscapeToFit(string text, int max)
    {
        var escaped = Escape(text);
        var budget = max;
        while (escaped.Length > max && budget > 1)
        {
            budget -= Math.Max(1, escaped.Length - max);
            escaped = Escape(Shorten(text, Math.Max(1, budget)));
        }

        return escaped;
    }

    /// <summary>
    /// A user as Slack shows them: a <c>&lt;@U…&gt;</c> mention, which the client renders as the person's current
    /// display name (and does not notify in a context block or an edit); the escaped name when the id is not a
    /// Slack user id. https://docs.slack.dev/messaging/formatting-message-text#mentioning-users
    /// </summary>
    public static string User(string id, string name) =>
        UserId().IsMatch(id) ? $"<@{id}>" : Escape(name);

    /// <summary>A block quote: every line prefixed with the (unescaped) <c>&gt;</c> that mrkdwn reads as a quote.</summary>
    public static string Quote(string escapedText) =>
        string.Join('\n', escapedText.Split('\n').Select(line => ">" + line));

    /// <summary>A link with an escaped label; only http(s) URLs become links, anything else is shown as the label.</summary>
    public static string Link(string? url, string label)
    {
        var escapedLabel = Escape(label).Replace("|", "¦", StringComparison.Ordinal);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return escapedLabel;
        }

        var target = new StringBuilder(Escape(uri.AbsoluteUri)).Replace("|", "%7C").ToString();
        return $"<{target}|{escapedLabel}>";
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[UW][A-Z0-9]{2,20}$")]
    private static partial System.Text.RegularExpressions.Regex UserId();
}
