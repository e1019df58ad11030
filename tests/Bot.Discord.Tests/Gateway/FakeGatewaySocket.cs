using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Bot.Discord.Tests.Gateway;

/// <summary>
/// The server side of one Gateway connection: the test sends payloads and reads what the bot sent. Heartbeats are
/// acknowledged at once unless <see cref="AckHeartbeats"/> is off (to make a zombie).
/// </summary>
internal sealed class FakeGatewaySocket(WebSocket socket, string path)
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource<WebSocketCloseStatus?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _send = new(1, 1);

    /// <summary>"/gateway" or "/resume": which URL the bot connected to.</summary>
    public string Path => path;

    /// <summary>The query string the bot connected with.</summary>
    public string Query { get; init; } = "";

    public volatile bool AckHeartbeats = true;

    /// <summary>Completes with the bot's close code (null when the connection dropped without one).</summary>
    public Task<WebSocketCloseStatus?> Closed => _closed.Task;

    public Task SendAsync(string json) => SendRawAsync(Encoding.UTF8.GetBytes(json));

    public Task HelloAsync(int heartbeatIntervalMs = 45000) =>
        SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{heartbeatIntervalMs}}},"s":null,"t":null}""");

    public Task DispatchAsync(string type, int sequence, string data) =>
        SendAsync($$"""{"op":0,"d":{{data}},"s":{{sequence}},"t":"{{type}}"}""");

    /// <summary>READY for <see cref="FakeDiscordGateway.BotUserId"/>, naming the fake's /resume URL.</summary>
    public Task ReadyAsync(string resumeUrl, string sessionId = "session-1", int sequence = 1) =>
        DispatchAsync("READY", sequence, $$$"""{"v":10,"user":{"id":"{{{FakeDiscordGateway.BotUserId}}}","username":"quotebot","bot":true},"guilds":[],"session_id":"{{{sessionId}}}","resume_gateway_url":"{{{resumeUrl}}}","application":{"id":"{{{DiscordBotFactory.ApplicationId}}}","flags":0}}""");

    /// <summary>Closes from the server side with a close code, as the Gateway does.</summary>
    public async Task CloseAsync(int code, string reason = "")
    {
        await _send.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>The next payload the bot sent with this opcode, skipping heartbeats unless asked for.</summary>
    public async Task<JsonElement> ExpectAsync(int op)
    {
        using var timeout = new CancellationTokenSource(s_wait);
        while (true)
        {
            var payload = await _received.Reader.ReadAsync(timeout.Token);
            if (payload.GetProperty("op").GetInt32() == op)
            {
                return payload;
            }
        }
    }

    /// <summary>Reads until the bot closes the connection; runs for as long as the connection is open.</summary>
    public async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _closed.TrySetResult(result.CloseStatus);
                        if (socket.State == WebSocketState.CloseReceived)
                        {
                            await socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                        }

                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var payload = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                if (AckHeartbeats && payload.GetProperty("op").GetInt32() == 1)
                {
                    await SendAsync("""{"op":11}""");
                }

                await _received.Writer.WriteAsync(payload);
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

    private async Task SendRawAsync(byte[] bytes)
    {
        await _send.WaitAsync();
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }
}
