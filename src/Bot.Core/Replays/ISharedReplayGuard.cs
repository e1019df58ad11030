namespace Bot.Core.Replays;

/// <summary>
/// A replay guard whose accepted keys every replica sees (a shared database). Registered only when there is one, so
/// that an adapter can send it the keys that must be claimed once across replicas (a Slack event_id) while keeping
/// its own bounded memory when the bot runs alone.
/// </summary>
public interface ISharedReplayGuard : IReplayGuard;
