namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/interactions/receiving-and-responding#interaction-object

/// <summary>An interaction as Discord posts it; only the fields the bot reads.</summary>
internal sealed record DiscordInteraction(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    DiscordInteractionData? Data = null,
    string? GuildId = null,
    string? ChannelId = null,
    DiscordMember? Member = null,
    DiscordUser? User = null,
    DiscordMessage? Message = null,
    string? AppPermissions = null)
{
    /// <summary>The person who acted: the member's user in a guild, the user in a DM.</summary>
    public DiscordUser? Actor => Member?.User ?? User;
}
