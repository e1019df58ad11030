namespace Bot.Core.Pins;

/// <summary>
/// One lock per pinned message, so a Pin and an Unpin of the same message run one after the other, in the order
/// they arrived: each tells the platform, then records what the platform confirmed, before the next one starts. Without
/// it, a Pin and an Unpin can reach the platform in one order and the board in the other, leaving them disagreeing.
/// Locks for other messages do not wait. Entries are dropped when nobody holds or waits for them, so memory follows the
/// messages being clicked right now. Within one process this lock orders the clicks; with <see cref="IPinLeases"/>
/// (the pinboard's store) the holder also takes the message's lease, so processes sharing the store take turns too.
/// </summary>
/// <param name="leases">The store's leases, or null for one process alone.</param>
public sealed class PinKeyLocks(IPinLeases? leases = null)
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

    /// <summary>Waits for the message's lock (and lease); dispose the result to release it.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(PinKey key, CancellationToken ct)
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

        IAsyncDisposable? lease = null;
        try
        {
            lease = leases is null ? null : await leases.AcquireAsync(key, ct);
        }
        catch
        {
            entry.Gate.Release();
            Leave(key, entry);
            throw;
        }

        return new Releaser(this, key, entry, lease);
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

    private sealed class Releaser(PinKeyLocks owner, PinKey key, Entry entry, IAsyncDisposable? lease) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                try
                {
                    if (lease is not null)
                    {
                        await lease.DisposeAsync();
                    }
                }
                finally
                {
                    entry.Gate.Release();
                    owner.Leave(key, entry);
                }
            }
        }
    }
}
