using System.Threading.Channels;

namespace Bot.Slack.Work;

/// <summary>
/// Work to do after Slack has its acknowledgement (3 s). Each item runs in its own DI scope on
/// <see cref="SlackWorker"/>, which outlives the HTTP request, so nothing is lost when the response completes.
/// </summary>
internal sealed class SlackWorkQueue
{
    private readonly Channel<SlackWorkItem> _items = Channel.CreateUnbounded<SlackWorkItem>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<SlackWorkItem> Reader => _items.Reader;

    /// <summary>Queues work; <paramref name="name"/> names it in logs.</summary>
    public void Enqueue(string name, Func<IServiceProvider, CancellationToken, Task> work)
    {
        if (!_items.Writer.TryWrite(new SlackWorkItem(name, work)))
        {
            throw new InvalidOperationException("The Slack work queue is closed.");
        }
    }
}
