namespace Bot.Core.Pins;

/// <summary>Where a newest-first page ended: the next page starts after this pin.</summary>
/// <remarks>A position rather than an offset, so pins added while someone pages do not shift the pages.</remarks>
/// <param name="PinnedAt">The last listed pin's time.</param>
/// <param name="Id">The last listed pin's id, to order pins made at the same instant.</param>
public sealed record PinCursor(DateTimeOffset PinnedAt, long Id);
