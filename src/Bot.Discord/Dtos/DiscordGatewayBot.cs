namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/events/gateway#get-gateway-bot

/// <summary>GET /gateway/bot: where to connect and how many sessions may still be started.</summary>
internal sealed record DiscordGatewayBot(string Url, int Shards = 1, DiscordSessionStartLimit? SessionStartLimit = null);
