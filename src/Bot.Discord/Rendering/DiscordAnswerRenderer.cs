using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Discord.Dtos;

namespace Bot.Discord.Rendering;

/// <summary>Answer → Discord message: the quote in an embed with its best sentence in bold, attribution and buttons.</summary>
internal static class DiscordAnswerRenderer
{
    /// <summary>The embed colour of answers (Discord blurple).</summary>
    public const int AnswerColor = 0x5865F2;

    private const int RefusalColor = 0x99AAB5;

    /// <summary>
    /// The reply to /ask: an answer with buttons, a refusal with the closest passages, or an ephemeral message.
    /// <paramref name="articleFingerprint"/> is the cited article's <see cref="Article.Fingerprint"/> now; the Pin
    /// button carries its start so a later click can tell whether the article changed.
    /// </summary>
    public static DiscordMessageData Render(Answer answer, string? articleFingerprint)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Outcome switch
        {
            AnswerOutcome.Answered => new DiscordMessageData(
                Embeds: [AnswerEmbed(answer)],
                Components: DiscordButtons.For(answer.ArticleId!, answer.Paragraph!.Value, articleFingerprint, pinned: false)),
            AnswerOutcome.NotFound => new DiscordMessageData(Embeds: [RefusalEmbed(answer)]),
            _ => Ephemeral(answer.Message ?? Answer.NotFoundMessage),
        };
    }

    /// <summary>The reply to "Find in article": the passage alone, seen only by the person who asked.</summary>
    public static DiscordMessageData RenderPrivately(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Outcome switch
        {
            AnswerOutcome.Answered => new DiscordMessageData(Embeds: [AnswerEmbed(answer)], Flags: DiscordMessageFlags.Ephemeral),
            AnswerOutcome.NotFound => new DiscordMessageData(Embeds: [RefusalEmbed(answer)], Flags: DiscordMessageFlags.Ephemeral),
            _ => Ephemeral(answer.Message ?? Answer.NotFoundMessage),
        };
    }

    /// <summary>A plain message only the person who acted sees; the text is escaped.</summary>
    public static DiscordMessageData Ephemeral(string text) =>
        new(DiscordEmbedLimits.Shorten(DiscordMarkdown.Escape(text), DiscordEmbedLimits.Content), Flags: DiscordMessageFlags.Ephemeral);

    /// <summary>The cited answer: question as title, quote with the best sentence bold, speaker as author, citation as footer.</summary>
    public static DiscordEmbed AnswerEmbed(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var source = answer.Source;
        var footer = new List<string>();
        if (answer.HowSaid is { Length: > 0 } how)
        {
            footer.Add(how);
        }

        if (source is not null)
        {
            footer.AddRange(AttributionLine.Footer(source, answer.Paragraph));
        }

        return DiscordEmbedLimits.Enforce(new DiscordEmbed(
            Title: DiscordMarkdown.Escape(answer.Question.Text.Trim()),
            Description: AttributionLine.IsParaphrase(answer)
                ? PassageWithHighlight(answer.Quote ?? "", answer.Highlight)
                : QuoteWithHighlight(answer.Quote ?? "", answer.Highlight),
            Url: LinkOrNull(source?.Url),
            Color: AnswerColor,
            Author: new DiscordEmbedAuthor(Author(answer, source?.Outlet ?? "the article")),
            Footer: footer.Count > 0 ? new DiscordEmbedFooter(string.Join(" · ", footer)) : null));
    }

    /// <summary>
    /// "According to Name, role" for a paraphrase, "Name, role" or "A 25-year-old woman" for a quote, the outlet for
    /// the article's own words: an unnamed speaker's words are never shown as the outlet's.
    /// </summary>
    private static string Author(Answer answer, string outlet) => AttributionLine.Credited(answer) switch
    {
        null => outlet,
        var who when AttributionLine.IsParaphrase(answer) => "According to " + who,
        var who when answer.Speaker is null => char.ToUpperInvariant(who[0]) + who[1..],
        var who => who,
    };

    /// <summary>"Name, role", or the outlet for the article's own words.</summary>
    public static string Who(Speaker? speaker, string outlet) =>
        speaker is null ? outlet : speaker.Role is { Length: > 0 } role ? $"{speaker.Name}, {role}" : speaker.Name;

    /// <summary>“quote” with the highlight in bold; escaped. Shortened without bold when too long to keep the markers paired.</summary>
    public static string QuoteWithHighlight(string quote, string? highlight) =>
        "“" + PassageWithHighlight(quote, highlight, DiscordEmbedLimits.Description - 2) + "”";

    /// <summary>
    /// The passage with the highlight in bold, escaped, and no quote marks: a paraphrase is the article's words, not
    /// the speaker's.
    /// </summary>
    public static string PassageWithHighlight(string quote, string? highlight, int limit = DiscordEmbedLimits.Description)
    {
        var at = string.IsNullOrEmpty(highlight) ? -1 : quote.IndexOf(highlight, StringComparison.Ordinal);
        var text = at < 0
            ? DiscordMarkdown.Escape(quote)
            : DiscordMarkdown.Escape(quote[..at]) + "**" + DiscordMarkdown.Escape(highlight) + "**" + DiscordMarkdown.Escape(quote[(at + highlight!.Length)..]);
        if (text.Length > limit)
        {
            text = DiscordEmbedLimits.Shorten(DiscordMarkdown.Escape(quote), limit);
        }

        return text;
    }

    /// <summary>The URL when it is an absolute http(s) address Discord accepts; null otherwise.</summary>
    public static string? LinkOrNull(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && url!.Length <= 2048
            ? uri.AbsoluteUri
            : null;

    private static DiscordEmbed RefusalEmbed(Answer answer)
    {
        var fields = answer.Alternatives
            .Select(a => new DiscordEmbedField(
                $"{(a.Speaker is null ? "The article" : Who(a.Speaker, ""))} · ¶{DiscordEmbedLimits.Number(a.Paragraph)}",
                "“" + DiscordEmbedLimits.Shorten(DiscordMarkdown.Escape(a.Quote), DiscordEmbedLimits.FieldValue - 2) + "”"))
            .ToList();
        var description = "No passage in the articles answers that." + (fields.Count > 0 ? " The closest ones:" : "");
        return DiscordEmbedLimits.Enforce(new DiscordEmbed(
            Title: DiscordMarkdown.Escape(answer.Question.Text.Trim()),
            Description: description,
            Color: RefusalColor,
            Fields: fields));
    }
}
