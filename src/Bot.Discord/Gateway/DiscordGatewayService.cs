using System.Net;
using System.Text.Json;
using Bot.Core.Live;
using Bot.Discord.Api;
using Bot.Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

/// <summary>
/// Keeps one Gateway session alive: IDENTIFY on a URL from GET /gateway/bot, RESUME on <c>resume_gateway_url</c>
/// after op 7, a resumable close or a drop, IDENTIFY again after op 9 (1–5 s later) or a close that ends the session,
/// backoff with jitter while connections keep failing, and a stop with one clear line on a close code that retrying
/// cannot fix. https://docs.discord.com/developers/events/gateway#connections
/// </summary>
internal sealed class DiscordGatewayService(
    IServiceScopeFactory scopes,
    GatewaySession session,
    DiscordGatewayDispatcher dispatcher,
    DiscordGatewayStatus status,
    GatewayIdentifyLimiter identifyLimiter,
    GatewaySessionFile sessionFile,
    GatewayJitter jitter,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordGatewayService> logger) : BackgroundService, IGatewayListener
{
    private static readonly KeyValuePair<string, object?> s_platform = LiveConnectionMetrics.Platform(DiscordQuestionMapper.Platform);

    public void Established(bool resumed)
    {
        status.Up();
        if (resumed)
        {
            LiveConnectionMetrics.Resumes.Add(1, s_platform);
        }

        logger.LogInformation(resumed ? "Discord Gateway session resumed" : "Discord Gateway ready (shard {Shard} of {Count})", options.Value.ShardId, options.Value.ShardCount);
    }

    public void Dispatch(string type, JsonElement data) => dispatcher.Dispatch(type, data);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The connection closes with a resumable code first; then the answers already started may finish.
        await base.StopAsync(cancellationToken);
        await dispatcher.DrainAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var next = sessionFile.TryRestore(session) ? GatewayNext.Resume : GatewayNext.Identify;
        var failures = 0;
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!first)
            {
                LiveConnectionMetrics.Reconnects.Add(1, s_platform, new("reason", next.ToString().ToLowerInvariant()));
            }

            first = false;
            var resuming = next == GatewayNext.Resume && session.CanResume;
            var connection = new GatewayConnection(session, this, time, jitter, logger);
            try
            {
                await WaitBeforeConnectingAsync(next, failures, stoppingToken);
                var (url, login) = resuming ? ResumeLogin() : await IdentifyLoginAsync(stoppingToken);
                next = await connection.RunAsync(url, login, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                next = GatewayNext.Shutdown;
            }
            catch (DiscordApiException e) when (e.Status == HttpStatusCode.Unauthorized)
            {
                // GET /gateway/bot refused the token: the Gateway would close with 4004 too.
                logger.LogCritical("Discord refused the bot token (HTTP 401 on GET /gateway/bot); not connecting. Fix Discord:BotToken and restart the bot.");
                return;
            }
            catch (Exception e)
            {
                // GET /gateway/bot failed (network, 5xx, not JSON), or something unforeseen: retry with backoff
                // rather than let the exception stop the host.
                logger.LogWarning("Could not connect to the Discord Gateway: {Reason}", e.Message);
                next = resuming ? GatewayNext.Resume : GatewayNext.Identify;
            }

            status.Down();
            if (next == GatewayNext.Shutdown)
            {
                sessionFile.Save(session);
                return;
            }

            if (next == GatewayNext.Stop)
            {
                logger.LogCritical(
                    "Discord Gateway closed with {Code} ({Reason}); not reconnecting. Fix the setting and restart the bot.",
                    connection.CloseCode,
                    GatewayCloseCodes.FatalReason(connection.CloseCode ?? 0));
                return;
            }

            // A resume that never reached RESUMED falls back to a new session on the cached URL.
            if (resuming && !connection.Established && next == GatewayNext.Resume)
            {
                next = GatewayNext.Identify;
            }

            failures = connection.Established ? 0 : failures + 1;
        }
    }

    private async Task WaitBeforeConnectingAsync(GatewayNext next, int failures, CancellationToken ct)
    {
        if (next == GatewayNext.IdentifyAfterInvalidSession)
        {
            // "wait a random amount of time—between 1 and 5 seconds—then send a new Opcode 2 Identify".
            await Task.Delay(jitter.Between(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)), time, ct);
        }

        if (failures > 0)
        {
            await Task.Delay(jitter.Backoff(failures), time, ct);
        }
    }

    private (Uri Url, byte[] Login) ResumeLogin() =>
        (session.ResumeUrl!, GatewayCommands.Resume(options.Value.BotToken, session.SessionId!, session.Sequence));

    /// <summary>A fresh session: the URL and limits from GET /gateway/bot, then IDENTIFY once the limits allow it.</summary>
    private async Task<(Uri Url, byte[] Login)> IdentifyLoginAsync(CancellationToken ct)
    {
        session.Clear();
        await using var scope = scopes.CreateAsyncScope();
        var gateway = await scope.ServiceProvider.GetRequiredService<DiscordApiClient>().GetGatewayBotAsync(ct);
        await identifyLimiter.WaitAsync(gateway.SessionStartLimit, ct);
        var o = options.Value;
        return (new Uri(gateway.Url), GatewayCommands.Identify(o.BotToken, o.ShardId, o.ShardCount));
    }
}
