namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/interactions/receiving-and-responding#interaction-object-resolved-data-structure

/// <summary>Objects a command refers to; the bot reads the target message of a message command.</summary>
internal sealed record DiscordResolved(IReadOnlyDictionary<string, DiscordMessage>? Messages = null);
