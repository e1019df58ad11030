using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Bot.Core.Live;
using Microsoft.AspNetCore.Http;

namespace Bot.Testing.Live;

/// <summary>
/// The server side of one WebSocket a fake platform accepted: the test sends JSON and reads, in order, what the bot
/// sent. <see cref="OnReceived"/> may answer a message at once (a heartbeat ACK) before the test reads it.
/// </summary>
public sealed class WebSocketPeer(WebSocket socket, string path, string query)
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private readonly Channel<(JsonElement Message, DateTimeOffset At)> _received = Channel.CreateUnbounded<(JsonElement, DateTimeOffset)>();
    private readonly TaskCompletionSource<WebSocketCloseStatus?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _send = new(1, 1);

    /// <summary>The path the bot connected to.</summary>
    public string Path => path;

    /// <summary>The query string the bot connected with ("?v=10&amp;encoding=json").</summary>
    public string Query => query;

    /// <summary>Called with each message before the test sees it; may send an answer.</summary>
    public Func<WebSocketPeer, JsonElement, Task>? OnReceived { get; set; }

    /// <summary>Completes with the bot's close code (null when the connection dropped without one).</summary>
    public Task<WebSocketCloseStatus?> Closed => _closed.Task;

    public Task SendAsync(string json) => WebSocketMessages.SendAsync(socket, _send, Encoding.UTF8.GetBytes(json), CancellationToken.None);

    /// <summary>Closes from the server side with a close code.</summary>
    public Task CloseAsync(int code, string reason = "") =>
        WebSocketMessages.CloseOutputAsync(socket, _send, (WebSocketCloseStatus)code, reason, s_wait);

    /// <summary>The next message the bot sent that matches <paramref name="match"/> (others are skipped), and when it came.</summary>
    public async Task<(JsonElement Message, DateTimeOffset At)> ExpectAsync(Func<JsonElement, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var timeout = new CancellationTokenSource(s_wait);
        while (true)
        {
            var received = await _received.Reader.ReadAsync(timeout.Token);
            if (match(received.Message))
            {
                return received;
            }
        }
    }

    /// <summary>
    /// Accepts the request's WebSocket, lets <paramref name="setup"/> wrap the peer before anything is read, hands the
    /// wrapper to <paramref name="accepted"/> and reads until the bot closes (the request stays open that long).
    /// </summary>
    public static async Task AcceptAsync<T>(HttpContext context, Func<WebSocketPeer, T> setup, ChannelWriter<T> accepted)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(accepted);
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var peer = new WebSocketPeer(socket, context.Request.Path, context.Request.QueryString.Value ?? "");
        var wrapper = setup(peer);
        var running = peer.RunAsync();
        await accepted.WriteAsync(wrapper);
        await running;
    }

    /// <summary>Reads until the bot closes the connection; the accepting endpoint awaits it to keep the connection open.</summary>
    public async Task RunAsync()
    {
        try
        {
            while (await WebSocketMessages.ReceiveAsync(socket, 1024 * 1024, CancellationToken.None) is { } message)
            {
                var json = JsonDocument.Parse(message).RootElement.Clone();
                if (OnReceived is { } onReceived)
                {
                    await onReceived(this, json);
                }

                await _received.Writer.WriteAsync((json, DateTimeOffset.UtcNow));
            }

            _closed.TrySetResult(socket.CloseStatus);
            if (socket.State == WebSocketState.CloseReceived)
            {
                await WebSocketMessages.CloseOutputAsync(socket, _send, socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, s_wait);
            }
        }
        catch (WebSocketException)
        {
            _closed.TrySetResult(null);
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }
}
