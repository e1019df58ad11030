using Bot.Core.Replays;

namespace Bot.Slack.Work;

/// <summary>
/// Remembers the <c>event_id</c>s already taken, so each event is answered once even when Slack's retry arrives while
/// the first delivery is still being answered. Alone, the bot keeps them in a bounded set of its own: at most
/// <see cref="Capacity"/> ids, each for <see cref="Lifetime"/> (Slack retries within about 5 minutes,
/// https://docs.slack.dev/apis/events-api#retries). With a shared store (<see cref="ISharedReplayGuard"/>), the id
/// is claimed there, so an event and its retry delivered to two replicas are answered once.
/// </summary>
internal sealed class SlackEventDeduplicator(TimeProvider time, ISharedReplayGuard? shared = null)
{
    public const int Capacity = 10_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly MemoryReplayGuard _seen = new(time, Capacity);

    /// <summary>Ids kept in this process's memory (none with a shared store).</summary>
    public int Count => _seen.Count;

    /// <summary>True the first time an id is seen (the caller answers it); false for every repeat.</summary>
    public ValueTask<bool> TryBeginAsync(string eventId) =>
        shared is null
            ? ValueTask.FromResult(_seen.TryAccept(eventId, Lifetime))
            : shared.TryAcceptAsync("slack:event:" + eventId, Lifetime, CancellationToken.None);
}
