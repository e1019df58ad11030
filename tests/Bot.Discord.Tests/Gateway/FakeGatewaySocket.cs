using System.Net.WebSockets;
using System.Text.Json;
using Bot.Testing.Live;

namespace Bot.Discord.Tests.Gateway;

/// <summary>
/// The Gateway's side of one connection: Hello, dispatches and closes for the test to send, and the bot's payloads
/// to read. Heartbeats are acknowledged at once unless <see cref="AckHeartbeats"/> is off (to make a zombie).
/// </summary>
internal sealed class FakeGatewaySocket
{
    private readonly WebSocketPeer _peer;

    public FakeGatewaySocket(WebSocketPeer peer)
    {
        _peer = peer;
        peer.OnReceived = (p, payload) => AckHeartbeats && payload.GetProperty("op").GetInt32() == 1 ? p.SendAsync("""{"op":11}""") : Task.CompletedTask;
    }

    /// <summary>"/gateway" or "/resume": which URL the bot connected to.</summary>
    public string Path => _peer.Path;

    /// <summary>The query string the bot connected with.</summary>
    public string Query => _peer.Query;

    public volatile bool AckHeartbeats = true;

    /// <summary>Completes with the bot's close code (null when the connection dropped without one).</summary>
    public Task<WebSocketCloseStatus?> Closed => _peer.Closed;

    public Task SendAsync(string json) => _peer.SendAsync(json);

    public Task CloseAsync(int code, string reason = "") => _peer.CloseAsync(code, reason);

    public Task HelloAsync(int heartbeatIntervalMs = 45000) =>
        SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{heartbeatIntervalMs}}},"s":null,"t":null}""");

    public Task DispatchAsync(string type, int sequence, string data) =>
        SendAsync($$"""{"op":0,"d":{{data}},"s":{{sequence}},"t":"{{type}}"}""");

    /// <summary>READY for <see cref="FakeDiscordGateway.BotUserId"/>, naming the fake's /resume URL.</summary>
    public Task ReadyAsync(string resumeUrl, string sessionId = "session-1", int sequence = 1) =>
        DispatchAsync("READY", sequence, $$$"""{"v":10,"user":{"id":"{{{FakeDiscordGateway.BotUserId}}}","username":"quotebot","bot":true},"guilds":[],"session_id":"{{{sessionId}}}","resume_gateway_url":"{{{resumeUrl}}}","application":{"id":"{{{DiscordBotFactory.ApplicationId}}}","flags":0}}""");

    /// <summary>The next payload the bot sent with this opcode (others, heartbeats included, are skipped).</summary>
    public async Task<JsonElement> ExpectAsync(int op) =>
        (await _peer.ExpectAsync(payload => payload.GetProperty("op").GetInt32() == op)).Message;
}
