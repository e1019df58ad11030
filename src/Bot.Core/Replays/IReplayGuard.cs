namespace Bot.Core.Replays;

/// <summary>
/// Remembers what was already accepted (a request's signature, an interaction id, a trigger id) so that a second
/// delivery of the same thing is refused. In memory for one process (<see cref="MemoryReplayGuard"/>); a store shared
/// by several replicas can implement the same interface, which is why it is asynchronous.
/// </summary>
public interface IReplayGuard
{
    /// <summary>True the first time <paramref name="key"/> is offered within <paramref name="lifetime"/>; false for every repeat.</summary>
    ValueTask<bool> TryAcceptAsync(string key, TimeSpan lifetime, CancellationToken ct);
}
