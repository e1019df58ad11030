using System.Text.Json;

namespace Bot.Discord.Gateway;

// https://docs.discord.com/developers/events/gateway-events#payload-structure

/// <summary>A payload received from the Gateway: <c>{"op","d","s","t"}</c>; <c>s</c> and <c>t</c> only on dispatches.</summary>
internal sealed record GatewayPayload(int Op, JsonElement D, long? S, string? T)
{
    /// <summary>Parses one text message; the data is cloned so it outlives the receive buffer.</summary>
    public static GatewayPayload Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var op = root.GetProperty("op").GetInt32();
        var d = root.TryGetProperty("d", out var data) ? data.Clone() : default;
        long? s = root.TryGetProperty("s", out var seq) && seq.ValueKind == JsonValueKind.Number ? seq.GetInt64() : null;
        var t = root.TryGetProperty("t", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;
        return new GatewayPayload(op, d, s, t);
    }
}
