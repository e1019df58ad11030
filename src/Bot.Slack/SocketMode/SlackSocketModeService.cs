using Bot.Core.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.SocketMode;

/// <summary>
/// Keeps a Socket Mode connection open: a URL from <c>apps.connections.open</c> for each connection (a URL is used
/// once), the next connection opened before the old one closes when Slack sends <c>disconnect</c> (so nothing
/// arrives while none is open, and each envelope still reaches one connection only), backoff with jitter while
/// attempts fail, and a stop with one clear line when the app token is refused.
/// https://docs.slack.dev/apis/events-api/using-socket-mode#disconnect
/// </summary>
internal sealed class SlackSocketModeService(
    IServiceScopeFactory scopes,
    SlackSocketModeDispatcher dispatcher,
    SlackSocketModeStatus status,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackSocketModeService> logger) : BackgroundService
{
    /// <summary>How long a new connection may take to say hello.</summary>
    private static readonly TimeSpan s_helloTimeout = TimeSpan.FromSeconds(30);

    private static readonly KeyValuePair<string, object?> s_platform = LiveConnectionMetrics.Platform("slack");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Live? current = null;
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (failures > 0)
                {
                    await Task.Delay(ReconnectBackoff.After(failures, Random.Shared.NextDouble()), time, stoppingToken);
                }

                var next = await OpenAsync(stoppingToken);
                if (next is null)
                {
                    failures++;
                    continue;
                }

                // The new connection is live: only now does the one that asked to be replaced close.
                if (current is not null)
                {
                    await current.CloseAsync();
                    LiveConnectionMetrics.Reconnects.Add(1, s_platform, new("reason", "refresh"));
                }

                current = next;
                failures = 0;
                status.Up();
                var reason = await current.WaitForEndOrRefreshAsync(stoppingToken);
                if (reason is null)
                {
                    // Dropped: nothing is open now.
                    status.Down();
                    current.Dispose();
                    current = null;
                    LiveConnectionMetrics.Reconnects.Add(1, s_platform, new("reason", "dropped"));
                }
                else if (reason == "too_many_websockets")
                {
                    // Slack has too many of ours open: make room before opening another.
                    await current.CloseAsync();
                    status.Down();
                    current = null;
                }
            }
        }
        catch (SlackSocketModeException e) when (e.IsFatal)
        {
            logger.LogCritical("Slack refused the app token ({Code}); Socket Mode is off. Check Slack:AppToken (xapp-…, scope connections:write) and restart the bot.", e.Code);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            status.Down();
            if (current is not null)
            {
                await current.CloseAsync();
            }
        }
    }

    /// <summary>A new connection that has said hello, or null when this attempt failed (logged).</summary>
    private async Task<Live?> OpenAsync(CancellationToken ct)
    {
        Uri url;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            url = await scope.ServiceProvider.GetRequiredService<SlackSocketModeClient>().OpenConnectionAsync(options.Value.AppToken, ct);
        }
        catch (SlackSocketModeException e) when (!e.IsFatal)
        {
            logger.LogWarning("Could not open a Slack Socket Mode connection: {Reason}", e.Message);
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            logger.LogWarning("Could not reach Slack to open a Socket Mode connection: {Reason}", e.Message);
            return null;
        }

        var connection = new SlackSocketModeConnection(dispatcher, logger);
        var run = connection.RunAsync(url, ct);
        await Task.WhenAny(connection.Hello, run, Task.Delay(s_helloTimeout, time, ct));
        if (connection.Hello.IsCompletedSuccessfully)
        {
            logger.LogInformation("Slack Socket Mode connected");
            return new Live(connection, run);
        }

        logger.LogWarning("Slack Socket Mode connection closed before hello");
        await connection.CloseAsync();
        await run;
        connection.Dispose();
        ct.ThrowIfCancellationRequested();
        return null;
    }

    /// <summary>A connection and its read loop.</summary>
    private sealed record Live(SlackSocketModeConnection Connection, Task Run) : IDisposable
    {
        /// <summary>The disconnect reason when Slack asks for a new connection; null when the connection ended.</summary>
        public async Task<string?> WaitForEndOrRefreshAsync(CancellationToken ct) =>
            await Task.WhenAny(Connection.DisconnectRequested, Run).WaitAsync(ct) == Run ? null : await Connection.DisconnectRequested;

        public async Task CloseAsync()
        {
            await Connection.CloseAsync();
            await Run;
            Connection.Dispose();
        }

        public void Dispose() => Connection.Dispose();
    }
}
