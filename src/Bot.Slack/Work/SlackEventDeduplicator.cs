using Bot.Core.Replays;

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

    private readonly MemoryReplayGuard _seen = new(time, Capacity);

    public int Count => _seen.Count;

    /// <summary>True the first time an id is seen (the caller answers it); false for every repeat.</summary>
    public bool TryBegin(string eventId) => _seen.TryAccept(eventId, Lifetime);
}
