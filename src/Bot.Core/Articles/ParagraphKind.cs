namespace Bot.Core.Articles;

/// <summary>What a paragraph of an article is, for attribution and display.</summary>
public enum ParagraphKind
{
    /// <summary>The article's own words (including scare quotes and paraphrase).</summary>
    Narration,

    /// <summary>A paragraph that carries a person's quoted words.</summary>
    Quote,

    /// <summary>The scraped "Published On …" line.</summary>
    Dateline,

    /// <summary>The scraped "Source: …" line.</summary>
    SourceLine,
}
