namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/resources/emoji#emoji-object

/// <summary>A partial emoji; the bot uses unicode emoji by name only.</summary>
internal sealed record DiscordEmoji(string? Name = null);
