namespace Bot.Core.Pins;

/// <summary>How a pin compares with the articles the bot has now.</summary>
public enum PinFreshness
{
    /// <summary>The article is unchanged since the pin.</summary>
    Current,

    /// <summary>The article changed but still contains the quote.</summary>
    ArticleEdited,

    /// <summary>Stale: the article no longer contains the quote.</summary>
    QuoteGone,

    /// <summary>Stale: the article is no longer in the library.</summary>
    ArticleGone,
}
