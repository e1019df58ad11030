namespace Bot.Core.Articles;

/// <summary>One passage of an article: one non-blank line of its file.</summary>
/// <param name="ArticleId">The article's id (its file name without extension).</param>
/// <param name="Number">The 1-based line number in the article file.</param>
/// <param name="Text">The paragraph as written.</param>
/// <param name="Kind">Narration, quote, dateline or source line.</param>
/// <param name="Attribution">Whose words these are.</param>
public sealed record Paragraph(string ArticleId, int Number, string Text, ParagraphKind Kind, Attribution Attribution)
{
    /// <summary>The person quoted or paraphrased, or null for the article's own words.</summary>
    public Speaker? Speaker => Attribution.Speaker;

    /// <summary>
    /// The person whose own words these are (a direct quote), or null: what search and ranking match a person
    /// against, so that a paraphrase of someone is found by its words, not as their quote.
    /// </summary>
    public Speaker? QuotedSpeaker => Attribution.Verbatim ? Attribution.Speaker : null;
}
