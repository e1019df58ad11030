using System.Text.Json;

namespace Bot.Slack.SocketMode;

// https://docs.slack.dev/apis/events-api/using-socket-mode#events

/// <summary>A Socket Mode frame: <c>hello</c>, <c>disconnect</c>, or an envelope to acknowledge by its id.</summary>
internal sealed record SlackEnvelope(string Type, string? EnvelopeId, JsonElement Payload, string? Reason)
{
    public const string Hello = "hello";
    public const string Disconnect = "disconnect";
    public const string EventsApi = "events_api";
    public const string SlashCommands = "slash_commands";
    public const string Interactive = "interactive";

    public static SlackEnvelope Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        return new SlackEnvelope(
            root.GetProperty("type").GetString() ?? "",
            root.TryGetProperty("envelope_id", out var id) ? id.GetString() : null,
            root.TryGetProperty("payload", out var payload) ? payload.Clone() : default,
            root.TryGetProperty("reason", out var reason) ? reason.GetString() : null);
    }
}
