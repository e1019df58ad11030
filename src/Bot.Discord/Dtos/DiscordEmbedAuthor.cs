namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/resources/message#embed-object-embed-author-structure

/// <summary>The embed's author line (plain text: Discord renders no markdown there).</summary>
internal sealed record DiscordEmbedAuthor(string Name);
