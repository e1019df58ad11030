namespace Bot.Core.Replays;

/// <summary>
/// A bounded set of accepted keys, each kept for its lifetime. At <see cref="Capacity"/> the oldest key is forgotten
/// early: memory stays bounded under a flood, at the price of accepting a replay of that oldest key.
/// </summary>
public sealed class MemoryReplayGuard(TimeProvider time, int capacity = MemoryReplayGuard.DefaultCapacity) : IReplayGuard
{
    public const int DefaultCapacity = 100_000;

    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset ExpiresAt)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>The most keys remembered at once.</summary>
    public int Capacity => capacity;

    /// <summary>Keys remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _expiries.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryAcceptAsync(string key, TimeSpan lifetime, CancellationToken ct) => ValueTask.FromResult(TryAccept(key, lifetime));

    /// <summary>True the first time a key is seen within its lifetime; false for every repeat.</summary>
    public bool TryAccept(string key, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = time.GetUtcNow();
        lock (_lock)
        {
            while (_order.Count > 0 && (_order.Count >= capacity || _order.Peek().ExpiresAt < now))
            {
                var (old, expiresAt) = _order.Dequeue();
                if (_expiries.TryGetValue(old, out var current) && current == expiresAt)
                {
                    _expiries.Remove(old);
                }
            }

            if (_expiries.TryGetValue(key, out var until) && until >= now)
            {
                return false;
            }

            _expiries[key] = now + lifetime;
            _order.Enqueue((key, now + lifetime));
            return true;
        }
    }
}
