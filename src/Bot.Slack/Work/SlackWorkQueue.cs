using System.Threading.Channels;

namespace Bot.Slack.Work;

/// <summary>
/// Work to do after Slack has its acknowledgement (3 s), one queue per <see cref="SlackLane"/>. Each item runs in its
/// own DI scope on <see cref="SlackWorker"/>, which outlives the HTTP request, so nothing is lost when the response completes.
/// </summary>
internal sealed class SlackWorkQueue
{
    private readonly Dictionary<SlackLane, Channel<SlackWorkItem>> _lanes = Enum.GetValues<SlackLane>()
        .ToDictionary(lane => lane, _ => Channel.CreateUnbounded<SlackWorkItem>(new UnboundedChannelOptions { SingleReader = true }));

    private int _pending;

    /// <summary>The lanes, each with its own queue.</summary>
    public IEnumerable<SlackLane> Lanes => _lanes.Keys;

    /// <summary>Items queued or running: zero once every acknowledged request has been fully handled.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public ChannelReader<SlackWorkItem> Reader(SlackLane lane) => _lanes[lane].Reader;

    /// <summary>
    /// Queues work in a lane; <paramref name="name"/> names it in logs, and <paramref name="journalId"/> is its
    /// journal entry, removed once the work has ended.
    /// </summary>
    public void Enqueue(SlackLane lane, string name, Func<IServiceProvider, CancellationToken, Task> work, long? journalId = null)
    {
        Interlocked.Increment(ref _pending);
        if (!_lanes[lane].Writer.TryWrite(new SlackWorkItem(lane, name, work, journalId)))
        {
            Interlocked.Decrement(ref _pending);
            throw new InvalidOperationException("The Slack work queue is closed.");
        }
    }

    /// <summary>Closes every lane at shutdown: later <see cref="Enqueue"/> calls throw, and each reader ends once it is empty.</summary>
    public void Complete()
    {
        foreach (var lane in _lanes.Values)
        {
            lane.Writer.TryComplete();
        }
    }

    /// <summary>Called by the worker when an item has finished, however it ended.</summary>
    public void Completed() => Interlocked.Decrement(ref _pending);
}
