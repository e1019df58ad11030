namespace Bot.Slack.Pins;

/// <summary>
/// A process-local pin record: used only when no durable pinboard is registered (pins are lost on restart; the
/// Slack pins themselves stay).
/// </summary>
internal sealed class InMemorySlackPinRecorder : ISlackPinRecorder
{
    private readonly List<SlackPin> _pins = [];
    private readonly Lock _lock = new();

    public Task<bool> RecordPinAsync(SlackPin pin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pin);
        lock (_lock)
        {
            if (_pins.Any(p => p.ChannelId == pin.ChannelId && p.MessageTs == pin.MessageTs))
            {
                return Task.FromResult(false);
            }

            _pins.Add(pin);
            return Task.FromResult(true);
        }
    }

    public Task<bool> RecordUnpinAsync(string channelId, string messageTs, string unpinnedById, string unpinnedByName, DateTimeOffset at, CancellationToken ct)
    {
        lock (_lock)
        {
            return Task.FromResult(_pins.RemoveAll(p => p.ChannelId == channelId && p.MessageTs == messageTs) > 0);
        }
    }

    public Task<IReadOnlyList<SlackPin>> ListChannelAsync(string channelId, int limit, CancellationToken ct)
    {
        lock (_lock)
        {
            IReadOnlyList<SlackPin> pins = _pins.Where(p => p.ChannelId == channelId).OrderByDescending(p => p.PinnedAt).Take(limit).ToList();
            return Task.FromResult(pins);
        }
    }
}
