using System.Threading.Channels;

namespace Bot.Slack.Work;

/// <summary>
/// Work to do after Slack has its acknowledgement (3 s). Each item runs in its own DI scope on
/// <see cref="SlackWorker"/>, which outlives the HTTP request, so nothing is lost when the response completes.
/// </summary>
internal sealed class SlackWorkQueue
{
    private readonly Channel<SlackWorkItem> _items = Channel.CreateUnbounded<SlackWorkItem>(new UnboundedChannelOptions { SingleReader = true });

    private int _pending;

    public ChannelReader<SlackWorkItem> Reader => _items.Reader;

    /// <summary>Items queued or running: zero once every acknowledged request has been fully handled.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Queues work; <paramref name="name"/> names it in logs.</summary>
    public void Enqueue(string name, Func<IServiceProvider, CancellationToken, Task> work)
    {
        Interlocked.Increment(ref _pending);
        if (!_items.Writer.TryWrite(new SlackWorkItem(name, work)))
        {
            Interlocked.Decrement(ref _pending);
            throw new InvalidOperationException("The Slack work queue is closed.");
        }
    }

    /// <summary>Closes the queue at shutdown: later <see cref="Enqueue"/> calls throw, and the reader ends once it is empty.</summary>
    public void Complete() => _items.Writer.TryComplete();

    /// <summary>Called by the worker when an item has finished, however it ended.</summary>
    public void Completed() => Interlocked.Decrement(ref _pending);
}
