namespace Bot.Discord.Pins;

/// <summary>The default recorder: pins in memory, lost on restart. Replaced by the pinboard store when it is registered.</summary>
internal sealed class InMemoryDiscordPinRecorder : IDiscordPinRecorder
{
    private readonly Lock _lock = new();
    private readonly List<DiscordPinRecord> _pins = [];

    public Task<bool> RecordAsync(DiscordPinRecord pin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pin);
        lock (_lock)
        {
            if (_pins.Exists(p => p.ChannelId == pin.ChannelId && p.MessageId == pin.MessageId))
            {
                return Task.FromResult(false);
            }

            _pins.Add(pin);
            return Task.FromResult(true);
        }
    }

    public Task<bool> RemoveAsync(string channelId, string messageId, string unpinnedById, string unpinnedByName, DateTimeOffset at, CancellationToken ct)
    {
        lock (_lock)
        {
            return Task.FromResult(_pins.RemoveAll(p => p.ChannelId == channelId && p.MessageId == messageId) > 0);
        }
    }

    public Task<IReadOnlyList<DiscordPinRecord>> ListChannelAsync(string channelId, int limit, CancellationToken ct)
    {
        lock (_lock)
        {
            IReadOnlyList<DiscordPinRecord> list = _pins
                .Where(p => p.ChannelId == channelId)
                .OrderByDescending(p => p.PinnedAt)
                .Take(limit)
                .ToList();
            return Task.FromResult(list);
        }
    }
}
