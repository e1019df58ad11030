namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/resources/message#embed-object-embed-field-structure

/// <summary>A named field of an embed.</summary>
internal sealed record DiscordEmbedField(string Name, string Value, bool? Inline = null);
