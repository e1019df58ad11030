namespace Bot.Core.Pins;

/// <summary>
/// Work a platform was told is under way (a click or command acknowledged, its pin or answer still to come), written
/// down durably before the acknowledgement so that a crash cannot lose it: on start, what is still here is completed
/// or reconciled. An entry is removed once its work has finished, however it ended.
/// </summary>
public interface IWorkJournal
{
    /// <summary>Writes an entry; it survives a crash of the process once this returns.</summary>
    /// <param name="platform">Which adapter wrote it and will complete it.</param>
    /// <param name="kind">The adapter's name for the work (its own vocabulary).</param>
    /// <param name="payload">What the adapter needs to redo the work: opaque text, typically the verified request.</param>
    /// <param name="ct">Cancels the write.</param>
    /// <returns>The entry's id.</returns>
    Task<long> AddAsync(ChatPlatform platform, string kind, string payload, CancellationToken ct);

    /// <summary>Removes an entry whose work has finished; removing one twice is harmless.</summary>
    Task CompleteAsync(long id, CancellationToken ct);

    /// <summary>A platform's unfinished entries, oldest first.</summary>
    Task<IReadOnlyList<JournalEntry>> PendingAsync(ChatPlatform platform, CancellationToken ct);
}
