using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Bot.Core.Answering;
using Bot.Discord.Api;
using Bot.Discord.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>
/// Answers that could miss Discord's 3-second deadline (the index still loading): the endpoint replies type 5 at
/// once and queues the question here; each is answered in its own DI scope and sent with PATCH …/@original.
/// A queue on a hosted service, not Response.OnCompleted, so the work outlives the request
/// (https://docs.discord.com/developers/interactions/receiving-and-responding#responding-to-an-interaction).
/// </summary>
internal sealed class DiscordDeferredAnswers(IServiceScopeFactory scopes, ILogger<DiscordDeferredAnswers> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly Channel<DeferredQuestion> _queue = Channel.CreateUnbounded<DeferredQuestion>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a question to answer after the deferred reply.</summary>
    public void Enqueue(string applicationId, string token, Question question, bool privately) =>
        _queue.Writer.TryWrite(new DeferredQuestion(applicationId, token, question, privately));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            // Each runs on its own, so one slow Discord call does not hold up the others.
            var task = Task.Run(() => AnswerAsync(item, stoppingToken), CancellationToken.None);
            _running.TryAdd(task, 0);
            _ = task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Let answers in flight reach Discord before the host stops (within the host's shutdown timeout).
        _queue.Writer.TryComplete();
        await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await base.StopAsync(cancellationToken);
    }

    private async Task AnswerAsync(DeferredQuestion item, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var client = scope.ServiceProvider.GetRequiredService<DiscordApiClient>();
        try
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await scope.ServiceProvider.GetRequiredService<IAnswerService>().AnswerAsync(item.Question, ct);
            DiscordAnswerMetrics.Record(answer, Stopwatch.GetElapsedTime(started));
            var message = item.Privately ? DiscordAnswerRenderer.RenderPrivately(answer) : DiscordAnswerRenderer.Render(answer);
            // Ephemerality was fixed by the deferral; an edit may not change flags.
            await client.EditOriginalResponseAsync(item.ApplicationId, item.Token, message with { Flags = null }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Could not complete a deferred Discord answer");
            try
            {
                await client.EditOriginalResponseAsync(item.ApplicationId, item.Token, new Dtos.DiscordMessageData("Sorry, I could not answer that just now. Please try again."), ct);
            }
            catch (Exception inner) when (inner is DiscordApiException or HttpRequestException or TaskCanceledException)
            {
                logger.LogWarning("Could not tell Discord that the answer failed: {Reason}", inner.Message);
            }
        }
    }

    private sealed record DeferredQuestion(string ApplicationId, string Token, Question Question, bool Privately);
}
