namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/components/reference#action-row
// https://docs.discord.com/developers/components/reference#button

/// <summary>A legacy component: an action row (type 1) holding buttons (type 2).</summary>
internal sealed record DiscordComponent(
    int Type,
    int? Style = null,
    string? Label = null,
    DiscordEmoji? Emoji = null,
    string? CustomId = null,
    string? Url = null,
    bool? Disabled = null,
    IReadOnlyList<DiscordComponent>? Components = null);
