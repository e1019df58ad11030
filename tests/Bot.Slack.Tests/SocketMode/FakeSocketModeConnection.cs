using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Testing.Live;

namespace Bot.Slack.Tests.SocketMode;

/// <summary>Slack's side of one Socket Mode connection: sends envelopes, reads the bot's acknowledgements.</summary>
public sealed class FakeSocketModeConnection(WebSocketPeer peer)
{
    private int _next;

    /// <summary>Completes when the bot closes this connection.</summary>
    public Task Closed => peer.Closed;

    public Task SendAsync(string json) => peer.SendAsync(json);

    /// <summary>Closes from Slack's side.</summary>
    public Task CloseAsync(int code) => peer.CloseAsync(code);

    /// <summary>Sends an envelope and returns its id.</summary>
    public async Task<string> EnvelopeAsync(string type, JsonNode payload, int? retryAttempt = null)
    {
        var id = $"env-{Guid.NewGuid():N}-{Interlocked.Increment(ref _next)}";
        var envelope = new JsonObject
        {
            ["envelope_id"] = id,
            ["type"] = type,
            ["accepts_response_payload"] = type == "slash_commands",
            ["payload"] = payload,
        };
        if (retryAttempt is { } attempt)
        {
            envelope["retry_attempt"] = attempt;
            envelope["retry_reason"] = "timeout";
        }

        await peer.SendAsync(envelope.ToJsonString());
        return id;
    }

    /// <summary>The bot's acknowledgement of an envelope, and when it arrived.</summary>
    public async Task<(JsonElement Ack, DateTimeOffset At)> AckOfAsync(string envelopeId) =>
        await peer.ExpectAsync(m => m.TryGetProperty("envelope_id", out var id) && id.GetString() == envelopeId);

    /// <summary>Asks the bot to reconnect, as Slack does before it closes a connection.</summary>
    public Task DisconnectAsync(string reason = "refresh_requested") =>
        peer.SendAsync($$$"""{"type":"disconnect","reason":"{{{reason}}}","debug_info":{"host":"applink-test"}}""");

    /// <summary>A slash command payload as Socket Mode sends it: the form fields as JSON.</summary>
    public static JsonObject Command(IEnumerable<KeyValuePair<string, string>> fields) =>
        new(fields.Select(f => new KeyValuePair<string, JsonNode?>(f.Key, f.Value)));

    /// <summary>An interaction payload: the JSON that HTTP sends as the form field "payload".</summary>
    public static JsonNode Interaction(IEnumerable<KeyValuePair<string, string>> form) =>
        JsonNode.Parse(form.Single(f => f.Key == "payload").Value)!;

    public static JsonNode Json(string text) => JsonNode.Parse(text)!;
}
