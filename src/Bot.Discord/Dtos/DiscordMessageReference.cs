namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/resources/message#message-reference-structure

/// <summary>The message a reply answers; a deleted original does not make the reply fail.</summary>
internal sealed record DiscordMessageReference(string MessageId, bool FailIfNotExists = false);
