namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/interactions/receiving-and-responding#interaction-response-object

/// <summary>The reply to an interaction: a callback type and, for most types, data (message or autocomplete).</summary>
internal sealed record DiscordInteractionResponse(int Type, object? Data = null);
