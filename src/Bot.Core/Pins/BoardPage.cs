namespace Bot.Core.Pins;

/// <summary>One page of the board, newest first.</summary>
/// <param name="Items">The pins of this page, each marked current or stale.</param>
/// <param name="Next">Where the next page starts; null on the last page.</param>
public sealed record BoardPage(IReadOnlyList<BoardPin> Items, PinCursor? Next);
