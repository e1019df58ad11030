using System.Net.WebSockets;
using System.Text.Json;
using Bot.Core.Live;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the Gateway, from Hello to its end: sends the login (IDENTIFY or RESUME), heartbeats
/// with jitter and notices a zombie, remembers the sequence, hands dispatches to the listener, and says what to do
/// next. https://docs.discord.com/developers/events/gateway#connection-lifecycle
/// </summary>
internal sealed class GatewayConnection(GatewaySession session, IGatewayListener listener, TimeProvider time, GatewayJitter jitter, ILogger logger)
{
    /// <summary>READY can be large for a bot in many guilds; anything past this is not the Gateway.</summary>
    private const int MaxMessageBytes = 16 * 1024 * 1024;

    /// <summary>How long a close handshake may take before the socket is dropped.</summary>
    private static readonly TimeSpan s_closeTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How long to wait for Hello after connecting.</summary>
    private static readonly TimeSpan s_helloTimeout = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _send = new(1, 1);
    private volatile bool _acked = true;
    private volatile bool _zombie;

    /// <summary>True once READY or RESUMED arrived on this connection.</summary>
    public bool Established { get; private set; }

    /// <summary>The close code the Gateway sent, when it closed the connection.</summary>
    public int? CloseCode { get; private set; }

    /// <summary>
    /// Connects to <paramref name="url"/> with <c>?v=10&amp;encoding=json</c>, sends <paramref name="login"/> after
    /// Hello and runs until the connection ends. On <paramref name="stopping"/> it closes with a resumable code.
    /// </summary>
    public async Task<GatewayNext> RunAsync(Uri url, byte[] login, CancellationToken stopping)
    {
        using var socket = new ClientWebSocket();
        using var connection = new CancellationTokenSource();
        Task? heartbeat = null;
        try
        {
            await socket.ConnectAsync(WithQuery(url), stopping);

            // Shutdown closes with a code other than 1000/1001, so the session stays resumable; the read loop then sees
            // the server's close. The connection token is the backstop when the server does not answer.
            await using var onStop = stopping.Register(() => _ = CloseAsync(socket, connection, "shutting down"));
            var hello = await ReceiveHelloAsync(socket, connection.Token);
            if (hello is not { Op: GatewayOpcode.Hello })
            {
                return await AfterCloseAsync(socket, stopping);
            }

            var interval = TimeSpan.FromMilliseconds(hello.D.GetProperty("heartbeat_interval").GetDouble());
            heartbeat = HeartbeatAsync(socket, connection, interval);
            await SendAsync(socket, login, connection.Token);
            return await ReadAsync(socket, connection, stopping);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            if (stopping.IsCancellationRequested)
            {
                return GatewayNext.Shutdown;
            }

            if (!_zombie)
            {
                logger.LogWarning("Discord Gateway connection dropped: {Reason}", e.Message);
            }

            // A drop without a close code, or a zombie: the session may still be resumed.
            return GatewayNext.Resume;
        }
        finally
        {
            // However the connection ended, its heartbeat ends with it.
            await connection.CancelAsync();
            if (heartbeat is not null)
            {
                await heartbeat;
            }
        }
    }

    /// <summary>The first payload, which must come soon: without Hello there is no heartbeat to notice a dead link.</summary>
    private static async Task<GatewayPayload?> ReceiveHelloAsync(ClientWebSocket socket, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(s_helloTimeout);
        return await ReceiveAsync(socket, timeout.Token);
    }

    private async Task<GatewayNext> ReadAsync(ClientWebSocket socket, CancellationTokenSource connection, CancellationToken stopping)
    {
        while (true)
        {
            var payload = await ReceiveAsync(socket, connection.Token);
            if (payload is null)
            {
                return await AfterCloseAsync(socket, stopping);
            }

            session.Observe(payload.S);
            switch (payload.Op)
            {
                case GatewayOpcode.Dispatch:
                    OnDispatch(payload);
                    break;
                case GatewayOpcode.Heartbeat:
                    // The Gateway asks for a heartbeat now.
                    await SendAsync(socket, GatewayCommands.Heartbeat(session.Sequence), connection.Token);
                    break;
                case GatewayOpcode.HeartbeatAck:
                    _acked = true;
                    break;
                case GatewayOpcode.Reconnect:
                    logger.LogInformation("Discord Gateway asked to reconnect (op 7): resuming");
                    await CloseAsync(socket, connection, "reconnect requested");
                    return GatewayNext.Resume;
                case GatewayOpcode.InvalidSession:
                    var resumable = payload.D.ValueKind == JsonValueKind.True;
                    logger.LogInformation("Discord Gateway invalidated the session (op 9, resumable: {Resumable})", resumable);
                    await CloseAsync(socket, connection, "invalid session");
                    return resumable ? GatewayNext.Resume : GatewayNext.IdentifyAfterInvalidSession;
            }
        }
    }

    private void OnDispatch(GatewayPayload payload)
    {
        switch (payload.T)
        {
            case "READY":
                var d = payload.D;
                session.Ready(
                    d.GetProperty("session_id").GetString()!,
                    new Uri(d.GetProperty("resume_gateway_url").GetString()!),
                    d.GetProperty("user").GetProperty("id").GetString()!);
                Established = true;
                listener.Established(resumed: false);
                break;
            case "RESUMED":
                Established = true;
                listener.Established(resumed: true);
                break;
            case { } type:
                listener.Dispatch(type, payload.D);
                break;
        }
    }

    /// <summary>The next step once the Gateway has closed the connection (or shutdown did); answers the close handshake.</summary>
    private async Task<GatewayNext> AfterCloseAsync(ClientWebSocket socket, CancellationToken stopping)
    {
        CloseCode = (int?)socket.CloseStatus;
        if (socket.State == WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(s_closeTimeout);
            await socket.CloseOutputAsync(socket.CloseStatus ?? GatewayCloseCodes.Reconnecting, null, timeout.Token);
        }

        if (stopping.IsCancellationRequested)
        {
            return GatewayNext.Shutdown;
        }

        if (CloseCode is { } code)
        {
            logger.LogInformation("Discord Gateway closed the connection: {Code} {Description}", code, socket.CloseStatusDescription);
        }

        return GatewayCloseCodes.NextAfter(CloseCode);
    }

    /// <summary>
    /// Waits interval × jitter, then heartbeats every interval. A heartbeat due before the last one was acknowledged
    /// means a zombie connection: close it with a resumable code and let the caller resume.
    /// </summary>
    private async Task HeartbeatAsync(ClientWebSocket socket, CancellationTokenSource connection, TimeSpan interval)
    {
        var ct = connection.Token;
        try
        {
            await Task.Delay(interval * jitter.NextFraction(), time, ct);
            while (!ct.IsCancellationRequested)
            {
                if (!_acked)
                {
                    logger.LogWarning("Discord Gateway did not acknowledge the last heartbeat: reconnecting");
                    _zombie = true;
                    await CloseAsync(socket, connection, "no heartbeat ack");
                    return;
                }

                _acked = false;
                await SendAsync(socket, GatewayCommands.Heartbeat(session.Sequence), ct);
                await Task.Delay(interval, time, ct);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; the read loop reports why.
        }
    }

    /// <summary>Closes with <see cref="GatewayCloseCodes.Reconnecting"/> (never 1000, which would end the session), then drops the socket if the server does not answer.</summary>
    private async Task CloseAsync(ClientWebSocket socket, CancellationTokenSource connection, string reason)
    {
        await WebSocketMessages.CloseOutputAsync(socket, _send, GatewayCloseCodes.Reconnecting, reason, s_closeTimeout);
        try
        {
            connection.CancelAfter(s_closeTimeout);
        }
        catch (ObjectDisposedException)
        {
            // The connection already ended.
        }
    }

    private Task SendAsync(ClientWebSocket socket, byte[] payload, CancellationToken ct) =>
        WebSocketMessages.SendAsync(socket, _send, payload, ct);

    /// <summary>The next payload; null on close.</summary>
    private static async Task<GatewayPayload?> ReceiveAsync(ClientWebSocket socket, CancellationToken ct) =>
        await WebSocketMessages.ReceiveAsync(socket, MaxMessageBytes, ct) is { } message ? GatewayPayload.Parse(message.Span) : null;

    private static Uri WithQuery(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        if (builder.Path.Length == 0)
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }
}
