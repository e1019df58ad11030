using System.Net.WebSockets;
using System.Text.Json;
using Bot.Core.Live;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: waits for <c>hello</c>, acknowledges every envelope within Slack's 3 seconds and hands
/// it to the dispatcher, and reports a <c>disconnect</c> while still reading, so the caller can open the next
/// connection before this one closes. https://docs.slack.dev/apis/events-api/using-socket-mode
/// </summary>
internal sealed class SlackSocketModeConnection(SlackSocketModeDispatcher dispatcher, ILogger logger) : IDisposable
{
    private const int MaxMessageBytes = 1024 * 1024;

    private static readonly TimeSpan s_closeTimeout = TimeSpan.FromSeconds(2);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly CancellationTokenSource _connection = new();
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when Slack said hello: the connection is live.</summary>
    public Task Hello => _hello.Task;

    /// <summary>Completes with the reason when Slack sent <c>disconnect</c> (refresh_requested, warning, …).</summary>
    public Task<string> DisconnectRequested => _disconnect.Task;

    /// <summary>Connects and reads until the connection closes, drops, or <see cref="CloseAsync"/> is called.</summary>
    public async Task RunAsync(Uri url, CancellationToken ct)
    {
        // Pings keep idle links open through proxies, and a missing pong ends a dead one (as Slack's SDKs do).
        _socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(10);
        _socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(10);
        try
        {
            await _socket.ConnectAsync(url, ct);
            while (await WebSocketMessages.ReceiveAsync(_socket, MaxMessageBytes, _connection.Token) is { } message)
            {
                if (Parse(message) is { } envelope)
                {
                    await HandleAsync(envelope);
                }
            }

            if (_socket.State == WebSocketState.CloseReceived)
            {
                await WebSocketMessages.CloseOutputAsync(_socket, _send, WebSocketCloseStatus.NormalClosure, null, s_closeTimeout);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            if (!_connection.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                logger.LogWarning("Slack Socket Mode connection dropped: {Reason}", e.Message);
            }
        }
        finally
        {
            _hello.TrySetCanceled(CancellationToken.None);
        }
    }

    /// <summary>Closes the connection (1000), waiting briefly for Slack's answer before dropping it.</summary>
    public async Task CloseAsync()
    {
        await WebSocketMessages.CloseOutputAsync(_socket, _send, WebSocketCloseStatus.NormalClosure, "bye", s_closeTimeout);
        _connection.CancelAfter(s_closeTimeout);
    }

    public void Dispose()
    {
        _socket.Dispose();
        _send.Dispose();
        _connection.Dispose();
    }

    /// <summary>The envelope in a frame; null (logged) for a frame that is not one, which is skipped rather than ending the connection.</summary>
    private SlackEnvelope? Parse(ReadOnlyMemory<byte> message)
    {
        try
        {
            return SlackEnvelope.Parse(message.Span);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            logger.LogWarning("Slack Socket Mode sent a frame that is not an envelope: {Reason}", e.Message);
            return null;
        }
    }

    private async Task HandleAsync(SlackEnvelope envelope)
    {
        switch (envelope.Type)
        {
            case SlackEnvelope.Hello:
                _hello.TrySetResult();
                return;
            case SlackEnvelope.Disconnect:
                logger.LogInformation("Slack Socket Mode asked to reconnect ({Reason})", envelope.Reason);
                _disconnect.TrySetResult(envelope.Reason ?? "");
                return;
        }

        if (envelope.EnvelopeId is not { } id)
        {
            return;
        }

        // The work is journaled and queued (quick) before the acknowledgement, as over HTTP, so that nothing
        // acknowledged is lost to a crash; a slash command's acknowledgement also carries its immediate reply.
        var reply = await dispatcher.DispatchAsync(envelope);
        await AckAsync(id, envelope.Type == SlackEnvelope.SlashCommands ? reply : null);
    }

    private Task AckAsync(string envelopeId, object? payload)
    {
        var ack = payload is null
            ? JsonSerializer.SerializeToUtf8Bytes(new { envelope_id = envelopeId })
            : JsonSerializer.SerializeToUtf8Bytes(new { envelope_id = envelopeId, payload });
        return WebSocketMessages.SendAsync(_socket, _send, ack, _connection.Token);
    }
}
