namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/resources/user#user-object

/// <summary>A user: id, username and the display name when set.</summary>
internal sealed record DiscordUser(string Id, string? Username = null, string? GlobalName = null)
{
    /// <summary>The name people see.</summary>
    public string DisplayName => GlobalName ?? Username ?? Id;
}
