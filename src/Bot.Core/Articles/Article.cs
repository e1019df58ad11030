namespace Bot.Core.Articles;

/// <summary>An article from the seeds folder, split into attributed paragraphs.</summary>
/// <param name="Id">The file name without extension; stable across restarts.</param>
/// <param name="Metadata">Title, URL, date, outlet and byline as far as known.</param>
/// <param name="Paragraphs">Every non-blank line, in file order.</param>
/// <param name="Fingerprint">A SHA-256 of the article text, so a pin can tell when its article changed.</param>
public sealed record Article(string Id, ArticleMetadata Metadata, IReadOnlyList<Paragraph> Paragraphs, string Fingerprint)
{
    /// <summary>The outlet to credit for the article's own words; "the article" when unknown.</summary>
    public string OutletOrDefault => Metadata.Outlet ?? "the article";

    /// <summary>The paragraph at a 1-based line number, or null.</summary>
    public Paragraph? ParagraphAt(int number) => Paragraphs.FirstOrDefault(p => p.Number == number);

    /// <summary>The paragraph just before the one with this number, or null for the first (or an unknown) one.</summary>
    public Paragraph? ParagraphBefore(int number)
    {
        for (var i = 1; i < Paragraphs.Count; i++)
        {
            if (Paragraphs[i].Number == number)
            {
                return Paragraphs[i - 1];
            }
        }

        return null;
    }
}
