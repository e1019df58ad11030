namespace Bot.Discord.Pins;

/// <summary>Where Discord pins are recorded: the pinboard store, through <see cref="PinboardDiscordPinRecorder"/>.</summary>
public interface IDiscordPinRecorder
{
    /// <summary>Records a pin; false when the message already had an active pin (pinning twice is harmless).</summary>
    Task<bool> RecordAsync(DiscordPinRecord pin, CancellationToken ct);

    /// <summary>Marks a message's pin unpinned by someone; false when it had none.</summary>
    Task<bool> RemoveAsync(string channelId, string messageId, string unpinnedById, string unpinnedByName, DateTimeOffset at, CancellationToken ct);
}
