namespace Bot.Core.Articles;

/// <summary>Whose words a paragraph carries.</summary>
/// <param name="Speaker">The person quoted, or null when the paragraph is the article's own words.</param>
/// <param name="HowSaid">How it was said: "said", "told Al Jazeera", "wrote on X", "said in a statement"; null for narration.</param>
/// <param name="QuoteText">The quoted words alone, joined, when the paragraph is a quote.</param>
public sealed record Attribution(Speaker? Speaker, string? HowSaid, string? QuoteText)
{
    /// <summary>The article's own words.</summary>
    public static Attribution Narration { get; } = new(null, null, null);
}
