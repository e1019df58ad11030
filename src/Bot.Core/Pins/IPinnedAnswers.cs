namespace Bot.Core.Pins;

/// <summary>The durable record of pinned answers (SQLite in production). Implementations are safe for concurrent use.</summary>
public interface IPinnedAnswers
{
    /// <summary>
    /// Pins an answer unless its message already has an active pin, atomically: of any number of concurrent calls
    /// for one <see cref="PinKey"/>, one reports <see cref="PinOutcome.Pinned"/> and the others
    /// <see cref="PinOutcome.AlreadyPinned"/>. Once this returns, the pin survives a crash of the process.
    /// </summary>
    /// <remarks>Pinning a message whose pin was unpinned makes it active again as a new record; the old record keeps its audit.</remarks>
    Task<PinResult> PinAsync(PinRequest request, CancellationToken ct);

    /// <summary>Unpins the active pin of a message, keeping the record with who unpinned it and when.</summary>
    /// <returns>The record as unpinned, or null when the message had no active pin.</returns>
    Task<PinnedAnswer?> UnpinAsync(PinKey key, PinActor unpinnedBy, DateTimeOffset unpinnedAt, CancellationToken ct);

    /// <summary>The active pin of a message, or null.</summary>
    Task<PinnedAnswer?> FindAsync(PinKey key, CancellationToken ct);

    /// <summary>Active pins matching a filter, newest first, at most <paramref name="limit"/>, after <paramref name="after"/>.</summary>
    Task<PinPage> ListAsync(PinFilter filter, PinCursor? after, int limit, CancellationToken ct);

    /// <summary>Every record, unpinned ones included, oldest first.</summary>
    IAsyncEnumerable<PinnedAnswer> ExportAsync(CancellationToken ct);
}
