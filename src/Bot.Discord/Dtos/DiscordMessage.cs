namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/resources/message#message-object

/// <summary>A message: the one a button sits on, or the target of a message command.</summary>
internal sealed record DiscordMessage(
    string Id,
    string? ChannelId = null,
    string? Content = null,
    IReadOnlyList<DiscordEmbed>? Embeds = null,
    IReadOnlyList<DiscordComponent>? Components = null,
    int? Flags = null);
