namespace Bot.Core.Pins;

/// <summary>One stored pin: what was pinned and, once unpinned, who unpinned it and when.</summary>
/// <param name="Id">The store's id for this record; a re-pin after an unpin gets a new record and id.</param>
/// <param name="Pin">What was pinned, by whom and when.</param>
/// <param name="UnpinnedBy">Who unpinned it; null while active.</param>
/// <param name="UnpinnedAt">When it was unpinned, in UTC; null while active.</param>
public sealed record PinnedAnswer(long Id, PinRequest Pin, PinActor? UnpinnedBy, DateTimeOffset? UnpinnedAt)
{
    /// <summary>True until the pin is unpinned; only active pins are listed.</summary>
    public bool IsActive => UnpinnedAt is null;
}
