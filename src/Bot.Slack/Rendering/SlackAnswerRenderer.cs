using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Core.Answering;
using Bot.Core.Articles;

namespace Bot.Slack.Rendering;

/// <summary>
/// Renders an <see cref="Answer"/> as a Block Kit message: the question, the quote with its best sentence in bold, the
/// attribution (speaker and role or the outlet, how it was said, outlet, date, paragraph, link), and the Pin and Show
/// context buttons. Every piece of article or user text is escaped. https://docs.slack.dev/block-kit
/// </summary>
internal static class SlackAnswerRenderer
{
    public const string PinAction = "pin_answer";
    public const string UnpinAction = "unpin_answer";
    public const string ContextAction = "show_context";
    public const string ActionsBlock = "ans_actions";
    public const string PinnedBlock = "ans_pinned";

    /// <summary>The top-level fallback text stays short: it is what notifications show.</summary>
    private const int MaxFallbackQuote = 200;

    /// <summary>
    /// The answer message. <paramref name="articleFingerprint"/> is the cited article's <see cref="Article.Fingerprint"/>:
    /// the buttons carry its start, so a click can tell that the article changed since. Without it, or when the bot
    /// cannot pin where it posts (<paramref name="pinnable"/> false), the message has no Pin button.
    /// </summary>
    public static SlackMessage Render(Answer answer, string? articleFingerprint = null, bool pinnable = true)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Outcome switch
        {
            AnswerOutcome.Answered when answer.Quote is not null => Answered(answer, articleFingerprint, pinnable),
            AnswerOutcome.NotFound => NotFound(answer),
            _ => SlackMessage.Plain(SlackMrkdwn.Escape(answer.Message ?? Answer.NotFoundMessage)),
        };
    }

    /// <summary>The quote section's mrkdwn: a block quote with the highlight in bold, under 3,000 characters.</summary>
    public static string QuoteText(string quote, string? highlight)
    {
        // Room for the ">" and the two "*": the rest is the escaped quote.
        var escaped = SlackMrkdwn.EscapeToFit(quote, SlackMrkdwn.MaxSectionText - 4);
        if (highlight is { Length: > 0 } && highlight.Trim() is var best && best.Length > 0 && best != quote.Trim())
        {
            var escapedBest = SlackMrkdwn.Escape(best);
            var at = escaped.IndexOf(escapedBest, StringComparison.Ordinal);
            if (at >= 0)
            {
                escaped = escaped[..at] + "*" + escapedBest + "*" + escaped[(at + escapedBest.Length)..];
            }
        }

        return SlackMrkdwn.Quote(escaped);
    }

    /// <summary>"— *Name*, role, told X · &lt;url|Outlet&gt; · 4 Feb 2025 · ¶12"; the outlet leads for narration.</summary>
    public static string AttributionText(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var parts = new List<string>();
        if (answer.Speaker is { } speaker)
        {
            var who = "*" + SlackMrkdwn.Escape(speaker.Name) + "*";
            if (speaker.Role is { Length: > 0 } role)
            {
                who += ", " + SlackMrkdwn.Escape(role);
            }

            parts.Add(!answer.Verbatim ? "according to " + who : answer.HowSaid is { Length: > 0 } how ? who + ", " + SlackMrkdwn.Escape(how) : who);
        }
        else if (AttributionLine.Credited(answer) is { } unnamed)
        {
            // "a 25-year-old woman said": her words, not the outlet's, though the article gives no name.
            var who = SlackMrkdwn.Escape(unnamed);
            parts.Add(AttributionLine.IsParaphrase(answer) ? "according to " + who : answer.HowSaid is { Length: > 0 } how ? who + " " + SlackMrkdwn.Escape(how) : who);
        }

        if (answer.Source is { } source)
        {
            parts.Add(SlackMrkdwn.Link(source.Url, source.Outlet));
            if (source.Published is { } date)
            {
                parts.Add(AttributionLine.FormatDate(date));
            }
        }

        if (answer.Paragraph is { } paragraph)
        {
            parts.Add("¶" + paragraph.ToString(CultureInfo.InvariantCulture));
        }

        return "— " + string.Join(" · ", parts);
    }

    /// <summary>The Pin and Show context buttons of an unpinned answer.</summary>
    public static JsonObject PinActions(SlackAnswerRef reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var value = reference.Encode();
        return SlackBlocks.Actions(
            ActionsBlock,
            SlackBlocks.Button(PinAction, "📌 Pin", value, "primary"),
            SlackBlocks.Button(ContextAction, "Show context", value));
    }

    private static SlackMessage Answered(Answer answer, string? articleFingerprint, bool pinnable)
    {
        var blocks = new JsonArray
        {
            SlackBlocks.Context("ans_q", "*Q:* " + SlackMrkdwn.EscapeToFit(answer.Question.Text, SlackMrkdwn.MaxSectionText - 10)),
            SlackBlocks.Section(QuoteText(answer.Quote!, answer.Highlight), "ans_quote"),
            SlackBlocks.Context("ans_attr", AttributionText(answer)),
        };
        if (answer.ArticleId is { } articleId && answer.Paragraph is { } paragraph)
        {
            var version = articleFingerprint is null ? null : SlackAnswerRef.VersionOf(articleFingerprint);
            var reference = new SlackAnswerRef(articleId, paragraph, answer.Question.Text, version);
            blocks.Add(version is not null && pinnable
                ? PinActions(reference)
                : SlackBlocks.Actions(ActionsBlock, SlackBlocks.Button(ContextAction, "Show context", reference.Encode())));
        }

        var excerpt = SlackMrkdwn.Shorten(answer.Highlight ?? answer.Quote!, MaxFallbackQuote);
        var fallback = AttributionLine.IsParaphrase(answer) ? $"{excerpt} — {answer.Attribution}" : $"“{excerpt}” — {answer.Attribution}";
        return new SlackMessage(SlackMrkdwn.Escape(fallback), blocks);
    }

    private static SlackMessage NotFound(Answer answer)
    {
        var message = answer.Message ?? Answer.NotFoundMessage;
        var blocks = new JsonArray
        {
            SlackBlocks.Section(SlackMrkdwn.Escape(message)),
        };
        if (answer.Alternatives.Count > 0)
        {
            blocks.Add(SlackBlocks.Section("*The closest passages:*"));
            var i = 0;
            foreach (var alternative in answer.Alternatives.Take(2))
            {
                i++;
                blocks.Add(SlackBlocks.Section(SlackMrkdwn.Quote(SlackMrkdwn.EscapeToFit(alternative.Quote, SlackMrkdwn.MaxSectionText - 300))));
                var who = alternative.Speaker is { } speaker ? "*" + SlackMrkdwn.Escape(speaker.Name) + "* · " : "";
                blocks.Add(SlackBlocks.Context("alt_" + i.ToString(CultureInfo.InvariantCulture), $"— {who}¶{alternative.Paragraph.ToString(CultureInfo.InvariantCulture)}"));
            }
        }

        return new SlackMessage(SlackMrkdwn.Escape(message), blocks);
    }
}
