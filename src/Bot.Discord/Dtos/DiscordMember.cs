namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/resources/guild#guild-member-object

/// <summary>A guild member; in interactions <c>permissions</c> are the member's in the channel, overwrites included.</summary>
internal sealed record DiscordMember(DiscordUser? User = null, IReadOnlyList<string>? Roles = null, string? Permissions = null, string? Nick = null);
