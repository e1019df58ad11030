using System.Collections.Concurrent;
using System.Threading.Channels;
using Bot.Core.Articles;
using Bot.Core.Pins;
using Bot.Discord.Api;
using Bot.Discord.Dtos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Interactions;

/// <summary>
/// Replies that could miss Discord's 3-second deadline, because the articles are still loading or because a Discord
/// call may wait out its rate limit (Pin, Unpin): the endpoint
/// replies type 5 (or 6 for a component click) at once and queues the work here; each item runs in its own DI
/// scope and is sent with PATCH …/@original, or as an ephemeral follow-up when a deferred click only has something
/// private to say. A queue on a hosted service, not Response.OnCompleted, so the work outlives the request
/// (https://docs.discord.com/developers/interactions/receiving-and-responding#responding-to-an-interaction).
/// </summary>
internal sealed class DiscordDeferredAnswers(
    IServiceScopeFactory scopes,
    IArticleLibraryProvider libraries,
    IOptions<DiscordOptions> options,
    ILogger<DiscordDeferredAnswers> logger,
    DiscordWorkJournal? journal = null,
    PinKeyLocks? locks = null) : BackgroundService
{
    public const string FailureText = "Sorry, I could not finish that just now. Please try again.";

    /// <summary>The reply when shutdown has begun and deferred work would never be finished.</summary>
    public const string RestartingText = "I'm restarting — please try again in a moment.";

    /// <summary>Items run at once in each lane; the rest wait for a slot in their own lane.</summary>
    public const int Parallelism = 4;

    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly Dictionary<DiscordLane, SemaphoreSlim> _slots = Enum.GetValues<DiscordLane>().ToDictionary(lane => lane, _ => new SemaphoreSlim(Parallelism));
    private readonly Channel<DeferredWork> _queue = Channel.CreateUnbounded<DeferredWork>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>
    /// Runs <paramref name="work"/> on <paramref name="handler"/> now when the articles are loaded; otherwise replies
    /// with <paramref name="deferral"/> and runs it later on a handler from a fresh scope.
    /// </summary>
    public Task<DiscordInteractionResponse> RunOrDeferAsync<THandler>(
        THandler handler,
        DiscordInteraction interaction,
        DiscordInteractionResponse deferral,
        Func<THandler, CancellationToken, Task<DiscordInteractionResponse>> work,
        CancellationToken ct)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(work);
        return libraries.GetAsync(ct).IsCompletedSuccessfully
            ? work(handler, ct)
            : Task.FromResult(Defer(interaction, deferral, work));
    }

    /// <summary>
    /// Queues <paramref name="work"/> to run on a handler from a fresh scope and returns <paramref name="deferral"/>;
    /// once shutdown has closed the queue, returns <see cref="RestartingText"/> instead, so nobody waits on a deferral
    /// that will never be completed.
    /// </summary>
    public DiscordInteractionResponse Defer<THandler>(
        DiscordInteraction interaction,
        DiscordInteractionResponse deferral,
        Func<THandler, CancellationToken, Task<DiscordInteractionResponse>> work,
        DiscordLane lane = DiscordLane.Answers,
        PinKey? serializeOn = null)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(deferral);
        ArgumentNullException.ThrowIfNull(work);

        // The configured application id, never the payload's: the follow-up route is built from ids we trust.
        var entry = journal?.Claim(interaction.Id);
        if (Enqueue(options.Value.ApplicationId, interaction.Token, deferral.Type, (services, token) => work(services.GetRequiredService<THandler>(), token), lane, entry, serializeOn))
        {
            return deferral;
        }

        // Not deferred after all: the person is told to try again, so the entry goes back to be removed with the reply.
        if (entry is { } id)
        {
            journal!.Adopt(interaction.Id, id);
        }

        return DiscordResponses.Ephemeral(RestartingText);
    }

    /// <summary>
    /// Queues work whose reply completes an interaction answered with <paramref name="deferralType"/>. False once
    /// shutdown has closed the queue: the caller must then answer at once rather than defer.
    /// </summary>
    public bool Enqueue(
        string applicationId,
        string token,
        int deferralType,
        Func<IServiceProvider, CancellationToken, Task<DiscordInteractionResponse>> work,
        DiscordLane lane = DiscordLane.Answers,
        long? journalEntry = null,
        PinKey? serializeOn = null) =>
        _queue.Writer.TryWrite(new DeferredWork(applicationId, token, deferralType, work, lane, journalEntry, serializeOn));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            // Each runs on its own, so one slow Discord call does not hold up the others; its lane bounds how many run.
            var task = Task.Run(() => RunInLaneAsync(item, stoppingToken), CancellationToken.None);
            _running.TryAdd(task, 0);
            _ = task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Lets queued and running replies reach Discord before the host stops: the read loop first (it starts what is
    /// still queued), then every running item; the host's shutdown token bounds both.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        if (ExecuteTask is { } loop)
        {
            await loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await base.StopAsync(cancellationToken);
    }

    private async Task RunInLaneAsync(DeferredWork item, CancellationToken ct)
    {
        var slots = _slots[item.Lane];
        await slots.WaitAsync(CancellationToken.None);
        try
        {
            // Work on one message runs one item at a time, its reply included: the last reply shows the state that won.
            await using var held = item.SerializeOn is { } key && locks is not null ? await locks.AcquireAsync(key, CancellationToken.None) : null;
            await RunAsync(item, ct);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task RunAsync(DeferredWork item, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var client = scope.ServiceProvider.GetRequiredService<DiscordApiClient>();
        try
        {
            var response = await item.Work(scope.ServiceProvider, ct);
            await CompleteAsync(client, item, response, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Could not complete a deferred Discord reply");
            try
            {
                await CompleteAsync(client, item, DiscordResponses.Ephemeral(FailureText), ct);
            }
            catch (Exception inner) when (inner is DiscordApiException or HttpRequestException or TaskCanceledException)
            {
                logger.LogWarning("Could not tell Discord that the reply failed: {Reason}", inner.Message);
            }
        }

        // Ended, well or badly (the person was told); work cancelled at shutdown stays journaled and is redone at the next start.
        if (journal is not null)
        {
            await journal.CompleteAsync(item.JournalEntry);
        }
    }

    private static Task CompleteAsync(DiscordApiClient client, DeferredWork item, DiscordInteractionResponse response, CancellationToken ct) =>
        CompleteAsync(client, item.ApplicationId, item.Token, item.DeferralType, response, ct);

    /// <summary>Sends <paramref name="response"/> as the completion of an interaction answered with <paramref name="deferralType"/>.</summary>
    internal static Task CompleteAsync(DiscordApiClient client, string applicationId, string token, int deferralType, DiscordInteractionResponse response, CancellationToken ct)
    {
        var message = response.Data as DiscordMessageData ?? new DiscordMessageData(FailureText);

        // After type 6 the original is the clicked answer: only an update may replace it; anything else is private.
        if (deferralType == DiscordCallbackType.DeferredUpdateMessage && response.Type != DiscordCallbackType.UpdateMessage)
        {
            return client.CreateFollowUpAsync(applicationId, token, message with { Flags = DiscordMessageFlags.Ephemeral }, ct);
        }

        // Ephemerality was fixed by the deferral; an edit may not change flags.
        return client.EditOriginalResponseAsync(applicationId, token, message with { Flags = null }, ct);
    }

    private sealed record DeferredWork(
        string ApplicationId,
        string Token,
        int DeferralType,
        Func<IServiceProvider, CancellationToken, Task<DiscordInteractionResponse>> Work,
        DiscordLane Lane,
        long? JournalEntry,
        PinKey? SerializeOn);
}
