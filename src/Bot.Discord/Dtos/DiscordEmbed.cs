namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/resources/message#embed-object

/// <summary>A rich embed; see <see cref="Rendering.DiscordEmbedLimits"/> for the limits.</summary>
internal sealed record DiscordEmbed(
    string? Title = null,
    string? Description = null,
    string? Url = null,
    int? Color = null,
    DiscordEmbedAuthor? Author = null,
    DiscordEmbedFooter? Footer = null,
    IReadOnlyList<DiscordEmbedField>? Fields = null);
