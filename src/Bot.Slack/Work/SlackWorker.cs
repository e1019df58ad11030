using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Work;

/// <summary>
/// Runs queued Slack work, a few items at a time (one slow item, such as a rate-limit wait, does not hold up the
/// others), each in its own scope; on shutdown it lets running items finish.
/// </summary>
internal sealed class SlackWorker(SlackWorkQueue queue, IServiceScopeFactory scopes, ILogger<SlackWorker> logger) : BackgroundService
{
    private const int Parallelism = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(Parallelism);
        var running = new HashSet<Task>();
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                var task = RunAsync(item, slots, stoppingToken);
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
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: wait for the items already running below.
        }

        Task[] left;
        lock (running)
        {
            left = [.. running];
        }

        await Task.WhenAll(left);
    }

    private async Task RunAsync(SlackWorkItem item, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            await using var scope = scopes.CreateAsyncScope();
            await item.Work(scope.ServiceProvider, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Slack work {Name} stopped at shutdown", item.Name);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Slack work {Name} failed", item.Name);
        }
        finally
        {
            queue.Completed();
            slots.Release();
        }
    }
}
