using System.Net.WebSockets;

namespace Bot.Discord.Gateway;

/// <summary>
/// What a close code from the Gateway means for the next connection, per the table in
/// https://docs.discord.com/developers/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes: resume,
/// start a new session, or stop for good (a bad token or shard or intent setting will not fix itself).
/// </summary>
internal static class GatewayCloseCodes
{
    /// <summary>How the bot closes when it means to come back: any code but 1000/1001 keeps the session resumable.</summary>
    public const WebSocketCloseStatus Reconnecting = (WebSocketCloseStatus)4000;

    private static readonly Dictionary<int, string> s_fatal = new()
    {
        [4004] = "authentication failed: Discord:BotToken is wrong or was reset",
        [4010] = "invalid shard: check Discord:ShardId and Discord:ShardCount",
        [4011] = "sharding required: the bot is in too many guilds for one shard; set Discord:ShardCount",
        [4012] = "invalid API version",
        [4013] = "invalid intents",
        [4014] = "disallowed intents: a privileged intent is not enabled for this application",
    };

    /// <summary>The next step after the Gateway closed with <paramref name="code"/> (null: the connection dropped).</summary>
    public static GatewayNext NextAfter(int? code) => code switch
    {
        null => GatewayNext.Resume,
        // 1000/1001 from the server end the session; 4003 (not authenticated), 4007 (invalid seq), 4009 (timed out) too.
        1000 or 1001 or 4003 or 4007 or 4009 => GatewayNext.Identify,
        _ when s_fatal.ContainsKey(code.Value) => GatewayNext.Stop,
        _ => GatewayNext.Resume,
    };

    /// <summary>One clear line for a close code that stops the bot, or null when the code is not fatal.</summary>
    public static string? FatalReason(int code) => s_fatal.GetValueOrDefault(code);
}
