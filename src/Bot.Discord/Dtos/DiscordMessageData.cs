namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/interactions/receiving-and-responding#interaction-response-object-messages
// https://docs.discord.com/developers/resources/webhook#edit-webhook-message

/// <summary>A message to send or edit. Mentions are never parsed: the bot quotes other people's words.</summary>
internal sealed record DiscordMessageData(
    string? Content = null,
    IReadOnlyList<DiscordEmbed>? Embeds = null,
    IReadOnlyList<DiscordComponent>? Components = null,
    int? Flags = null)
{
    /// <summary>Always <c>{"parse":[]}</c>, on creates and edits alike (edits without it re-parse with defaults).</summary>
    public DiscordAllowedMentions AllowedMentions { get; init; } = DiscordAllowedMentions.None;
}
