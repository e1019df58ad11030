namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/resources/user#user-object

/// <summary>A message's author or a mentioned user: the id, and whether it is a bot.</summary>
internal sealed record DiscordMessageAuthor(string Id, bool Bot = false);
