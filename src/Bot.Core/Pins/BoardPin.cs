namespace Bot.Core.Pins;

/// <summary>A pin as listed on the board, checked against the current articles.</summary>
/// <param name="Pin">The stored pin.</param>
/// <param name="Freshness">Whether its quote still stands in its article.</param>
public sealed record BoardPin(PinnedAnswer Pin, PinFreshness Freshness)
{
    /// <summary>True when the quote or its article is gone: list it marked, never drop it.</summary>
    public bool IsStale => Freshness is PinFreshness.QuoteGone or PinFreshness.ArticleGone;
}
