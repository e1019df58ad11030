using Bot.Core.Articles;

namespace Bot.Core.Pins;

/// <summary>A pin as listed on the board, checked against the current articles.</summary>
/// <param name="Pin">The stored pin.</param>
/// <param name="Freshness">Whether its quote still stands in its article.</param>
public sealed record BoardPin(PinnedAnswer Pin, PinFreshness Freshness)
{
    /// <summary>
    /// How the pinned passage is credited in its article now, when the article is unchanged: whether it is the
    /// speaker's own words or a paraphrase, and an unnamed speaker's description. Null when the article changed.
    /// </summary>
    public Attribution? Attribution { get; init; }

    /// <summary>True when the quote or its article is gone: list it marked, never drop it.</summary>
    public bool IsStale => Freshness is PinFreshness.QuoteGone or PinFreshness.ArticleGone;

    /// <summary>
    /// True when the pinned passage reports someone's words in the article's own: the board says "according to" and
    /// shows no quote marks, as the answer did.
    /// </summary>
    public bool IsParaphrase => Attribution is { Verbatim: false } a && (Pin.Pin.Speaker is not null || a.UnnamedSpeaker is not null);

    /// <summary>The description of an unnamed speaker ("a 25-year-old woman"), when the passage is theirs.</summary>
    public string? UnnamedSpeaker => Pin.Pin.Speaker is null ? Attribution?.UnnamedSpeaker : null;
}
