namespace Bot.Core.Pins;

/// <summary>
/// One lock per pinned message, so a Pin and an Unpin of the same message run one after the other, in the order
/// they arrived: each tells the platform, then records what the platform confirmed, before the next one starts. Without
/// it, a Pin and an Unpin can reach the platform in one order and the board in the other, leaving them disagreeing.
/// Locks for other messages do not wait. Entries are dropped when nobody holds or waits for them, so memory follows the
/// messages being clicked right now. This orders clicks within one process; several replicas need a lease in a shared store.
/// </summary>
public sealed class PinKeyLocks
{
    private readonly Dictionary<PinKey, Entry> _entries = [];
    private readonly Lock _lock = new();

    /// <summary>How many messages have a holder or a waiter: zero when idle.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Waits for the message's lock; dispose the result to release it.</summary>
    public async Task<IDisposable> AcquireAsync(PinKey key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        Entry entry;
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            entry.Users++;
        }

        try
        {
            // SemaphoreSlim queues waiters in arrival order closely enough for clicks; it is not strictly FIFO.
            await entry.Gate.WaitAsync(ct);
        }
        catch
        {
            Leave(key, entry);
            throw;
        }

        return new Releaser(this, key, entry);
    }

    private void Leave(PinKey key, Entry entry)
    {
        lock (_lock)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Gate.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Releaser(PinKeyLocks owner, PinKey key, Entry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                entry.Gate.Release();
                owner.Leave(key, entry);
            }
        }
    }
}
