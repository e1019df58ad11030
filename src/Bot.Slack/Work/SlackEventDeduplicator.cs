namespace Bot.Slack.Work;

/// <summary>
/// Remembers the <c>event_id</c>s already taken, so each event is answered once even when Slack's retry arrives while
/// the first delivery is still being answered. Bounded: at most <see cref="Capacity"/> ids, each for
/// <see cref="Lifetime"/> (Slack retries within about 5 minutes). https://docs.slack.dev/apis/events-api#retries
/// </summary>
internal sealed class SlackEventDeduplicator(TimeProvider time)
{
    public const int Capacity = 10_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> _order = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _seen.Count;
            }
        }
    }

    /// <summary>True the first time an id is seen (the caller answers it); false for every repeat.</summary>
    public bool TryBegin(string eventId)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            while (_order.Count > 0 && (_order.Count >= Capacity || now - _order.Peek().At > Lifetime))
            {
                var (id, at) = _order.Dequeue();
                if (_seen.TryGetValue(id, out var seenAt) && seenAt == at)
                {
                    _seen.Remove(id);
                }
            }

            if (_seen.ContainsKey(eventId))
            {
                return false;
            }

            _seen[eventId] = now;
            _order.Enqueue((eventId, now));
            return true;
        }
    }
}
