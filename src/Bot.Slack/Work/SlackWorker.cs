using Bot.Core.Pins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Work;

/// <summary>
/// Runs queued Slack work, a few items at a time in each <see cref="SlackLane"/> (one slow item, such as a rate-limit
/// wait, does not hold up the others, and pins never hold up answers), each in its own scope. Slack has been told "OK" for every queued item, so on shutdown the worker closes the
/// queue and finishes what is in it, running and waiting alike, until the host's shutdown timeout
/// (<see cref="HostOptions.ShutdownTimeout"/>); only then does it cancel what is left.
/// </summary>
internal sealed class SlackWorker(SlackWorkQueue queue, IServiceScopeFactory scopes, IWorkJournal journal, ILogger<SlackWorker> logger) : BackgroundService
{
    /// <summary>Items run at once in each lane.</summary>
    private const int Parallelism = 4;

    /// <summary>Cancelled at the shutdown deadline, never before: BackgroundService cancels its own token first thing in StopAsync.</summary>
    private readonly CancellationTokenSource _abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // No new work; the loop below ends once the queued items have been taken.
        queue.Complete();
        try
        {
            if (ExecuteTask is { } drain)
            {
                await drain.WaitAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Shutdown timeout: cancelling {Pending} unfinished Slack work item(s)", queue.Pending);
        }
        finally
        {
            await _abort.CancelAsync();
            await base.StopAsync(cancellationToken);
        }
    }

    /// <remarks>
    /// Cancels rather than disposes <see cref="_abort"/>, as <see cref="BackgroundService.Dispose"/> does with its own
    /// source: a host may still call <see cref="StopAsync"/> after disposing its services (WebApplicationFactory does).
    /// </remarks>
    public override void Dispose()
    {
        _abort.Cancel();
        base.Dispose();
    }

    /// <remarks>
    /// <paramref name="stoppingToken"/> is not used: each lane's loop ends when <see cref="StopAsync"/> completes the
    /// queue, so that nothing queued is dropped.
    /// </remarks>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(queue.Lanes.Select(lane => RunLaneAsync(lane, _abort.Token)));

    /// <summary>Runs one lane's items, at most <see cref="Parallelism"/> at once, until the lane is completed and empty.</summary>
    private async Task RunLaneAsync(SlackLane lane, CancellationToken abort)
    {
        using var slots = new SemaphoreSlim(Parallelism);
        var running = new HashSet<Task>();
        await foreach (var item in queue.Reader(lane).ReadAllAsync(CancellationToken.None))
        {
            await slots.WaitAsync(CancellationToken.None);
            var task = RunAsync(item, slots, abort);
            lock (running)
            {
                running.Add(task);
            }

            _ = task.ContinueWith(
                t =>
                {
                    lock (running)
                    {
                        running.Remove(t);
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        Task[] left;
        lock (running)
        {
            left = [.. running];
        }

        await Task.WhenAll(left);
    }

    private async Task RunAsync(SlackWorkItem item, SemaphoreSlim slots, CancellationToken abort)
    {
        var ended = false;
        try
        {
            await Task.Yield();
            abort.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            await item.Work(scope.ServiceProvider, abort);
            ended = true;
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Left in the journal: the next start redoes it (SlackJournalRecovery).
            logger.LogWarning("Slack work {Name} cancelled at the shutdown timeout", item.Name);
        }
        catch (Exception e)
        {
            // Ended, badly: the handler told the person what it could; redoing it at every start would not help.
            ended = true;
            logger.LogError(e, "Slack work {Name} failed", item.Name);
        }
        finally
        {
            if (ended && item.JournalId is { } id)
            {
                await CompleteEntryAsync(id);
            }

            queue.Completed();
            slots.Release();
        }
    }

    private async Task CompleteEntryAsync(long id)
    {
        try
        {
            await journal.CompleteAsync(id, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not remove finished Slack work {Id} from the journal; it will be redone at the next start", id);
        }
    }
}
