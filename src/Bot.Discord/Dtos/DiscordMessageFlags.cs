namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/resources/message#message-object-message-flags

/// <summary>Message flags the bot sets.</summary>
internal static class DiscordMessageFlags
{
    /// <summary>Only the person who acted sees the message.</summary>
    public const int Ephemeral = 1 << 6;
}
