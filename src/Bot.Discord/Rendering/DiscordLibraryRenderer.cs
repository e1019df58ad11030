using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Discord.Dtos;

namespace Bot.Discord.Rendering;

/// <summary>Renders what comes straight from the articles: the context around a passage and a person's quotes.</summary>
internal static class DiscordLibraryRenderer
{
    /// <summary>How many paragraphs to show on each side of the cited one.</summary>
    public const int ContextRadius = 2;

    /// <summary>The paragraphs around a cited one, each with its attribution, the cited one marked; ephemeral.</summary>
    public static DiscordMessageData Context(ArticleLibrary library, string articleId, int paragraph)
    {
        ArgumentNullException.ThrowIfNull(library);
        var article = library.Find(articleId);
        var index = article?.Paragraphs.ToList().FindIndex(p => p.Number == paragraph) ?? -1;
        if (article is null || index < 0)
        {
            return DiscordAnswerRenderer.Ephemeral("That passage is no longer in the articles.");
        }

        var from = Math.Max(0, index - ContextRadius);
        var to = Math.Min(article.Paragraphs.Count - 1, index + ContextRadius);
        var fields = new List<DiscordEmbedField>();
        for (var i = from; i <= to; i++)
        {
            var p = article.Paragraphs[i];
            var marker = i == index ? "▶ " : "";
            var who = DiscordAnswerRenderer.Who(p.Speaker, article.OutletOrDefault);
            var how = p.Attribution.HowSaid is { Length: > 0 } said ? ", " + said : "";
            fields.Add(new DiscordEmbedField($"{marker}¶{DiscordEmbedLimits.Number(p.Number)} · {who}{how}", DiscordMarkdown.Escape(p.Text)));
        }

        var source = AnswerService.SourceOf(article);
        var embed = DiscordEmbedLimits.Enforce(new DiscordEmbed(
            Title: DiscordMarkdown.Escape(source.Title ?? article.Id),
            Url: DiscordAnswerRenderer.LinkOrNull(source.Url),
            Color: DiscordAnswerRenderer.AnswerColor,
            Footer: new DiscordEmbedFooter(string.Join(" · ", AttributionLine.Footer(source, paragraph))),
            Fields: fields));
        return new DiscordMessageData(Embeds: [embed], Flags: DiscordMessageFlags.Ephemeral);
    }

    /// <summary>A person's quotes in article order, with their role as the author line.</summary>
    public static DiscordMessageData Quotes(QuotedPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var lines = new List<string>();
        var length = 0;
        foreach (var quote in person.Quotes)
        {
            var line = $"**¶{DiscordEmbedLimits.Number(quote.Number)}** “{DiscordMarkdown.Escape(quote.Attribution.QuoteText ?? quote.Text)}”";
            line = DiscordEmbedLimits.Shorten(line, DiscordEmbedLimits.FieldValue);
            if (length + line.Length + 2 > DiscordEmbedLimits.Description - 40)
            {
                lines.Add($"… and {DiscordEmbedLimits.Number(person.Quotes.Count - lines.Count)} more.");
                break;
            }

            lines.Add(line);
            length += line.Length + 2;
        }

        var embed = DiscordEmbedLimits.Enforce(new DiscordEmbed(
            Description: string.Join("\n\n", lines),
            Color: DiscordAnswerRenderer.AnswerColor,
            Author: new DiscordEmbedAuthor(DiscordAnswerRenderer.Who(person.Speaker, "")),
            Footer: new DiscordEmbedFooter($"{DiscordEmbedLimits.Number(person.Quotes.Count)} quote(s)")));
        return new DiscordMessageData(Embeds: [embed]);
    }
}
