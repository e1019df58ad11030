namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/resources/message#embed-object-embed-footer-structure

/// <summary>The embed's footer (plain text: Discord renders no markdown there).</summary>
internal sealed record DiscordEmbedFooter(string Text);
