namespace Bot.Slack.Pins;

/// <summary>
/// Where Slack records its pins: the pinboard. A narrow port until the shared pinboard (Bot.Core.Pins) is on main;
/// the default <see cref="InMemorySlackPinRecorder"/> is replaced by an adapter over it at merge time.
/// </summary>
public interface ISlackPinRecorder
{
    /// <summary>Records a pin; false when the message already had one (nothing changes).</summary>
    Task<bool> RecordPinAsync(SlackPin pin, CancellationToken ct);

    /// <summary>Marks a message's pin as unpinned; false when it had none.</summary>
    Task<bool> RecordUnpinAsync(string channelId, string messageTs, string unpinnedById, string unpinnedByName, DateTimeOffset at, CancellationToken ct);

    /// <summary>A channel's active pins, newest first.</summary>
    Task<IReadOnlyList<SlackPin>> ListChannelAsync(string channelId, int limit, CancellationToken ct);
}
