namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/events/gateway-events#message-create

/// <summary>A MESSAGE_CREATE dispatch: only the fields that decide whether it is a question to the bot.</summary>
internal sealed record DiscordMessageCreate(
    string Id,
    string ChannelId,
    DiscordMessageAuthor Author,
    string? Content = null,
    IReadOnlyList<DiscordMessageAuthor>? Mentions = null,
    string? GuildId = null,
    string? WebhookId = null);
