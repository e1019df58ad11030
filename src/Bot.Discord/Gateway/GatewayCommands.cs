using System.Buffers;
using System.Text.Json;

namespace Bot.Discord.Gateway;

/// <summary>
/// The payloads the bot sends: heartbeat, IDENTIFY and RESUME, written by hand because a heartbeat's
/// <c>"d": null</c> must be written, which <see cref="Dtos.DiscordJson.Options"/> would drop.
/// https://docs.discord.com/developers/events/gateway-events#send-events
/// </summary>
internal static class GatewayCommands
{
    /// <summary>Shown to Discord as the connecting library (IDENTIFY <c>properties</c>).</summary>
    public const string ClientName = "articlebot";

    public static byte[] Heartbeat(long? sequence) => Write(GatewayOpcode.Heartbeat, w =>
    {
        if (sequence is { } s)
        {
            w.WriteNumberValue(s);
        }
        else
        {
            w.WriteNullValue();
        }
    });

    /// <summary>IDENTIFY with the raw token (no "Bot " prefix), <see cref="GatewayIntents.MentionBot"/> and the shard.</summary>
    public static byte[] Identify(string token, int shardId, int shardCount) => Write(GatewayOpcode.Identify, w =>
    {
        w.WriteStartObject();
        w.WriteString("token", token);
        w.WriteNumber("intents", GatewayIntents.MentionBot);
        w.WriteStartObject("properties");
        w.WriteString("os", OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux");
        w.WriteString("browser", ClientName);
        w.WriteString("device", ClientName);
        w.WriteEndObject();
        w.WriteStartArray("shard");
        w.WriteNumberValue(shardId);
        w.WriteNumberValue(shardCount);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, long? sequence) => Write(GatewayOpcode.Resume, w =>
    {
        w.WriteStartObject();
        w.WriteString("token", token);
        w.WriteString("session_id", sessionId);
        if (sequence is { } s)
        {
            w.WriteNumber("seq", s);
        }
        else
        {
            w.WriteNull("seq");
        }

        w.WriteEndObject();
    });

    private static byte[] Write(int op, Action<Utf8JsonWriter> data)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", op);
            writer.WritePropertyName("d");
            data(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
