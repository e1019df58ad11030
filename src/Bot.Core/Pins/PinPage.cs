namespace Bot.Core.Pins;

/// <summary>One page of stored pins, newest first.</summary>
/// <param name="Items">At most the requested number of pins.</param>
/// <param name="Next">Where the next page starts; null on the last page.</param>
public sealed record PinPage(IReadOnlyList<PinnedAnswer> Items, PinCursor? Next);
