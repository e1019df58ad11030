namespace Bot.Discord.Gateway;

/// <summary>
/// The intents an @mention bot needs, and no privileged one: without MESSAGE_CONTENT, Discord still delivers the
/// content of messages that mention the bot and of DMs to it (https://docs.discord.com/developers/events/gateway#message-content-intent),
/// and a privileged intent not enabled in the portal would close the connection with 4014.
/// </summary>
internal static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;

    /// <summary>GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES = 4609.</summary>
    public const int MentionBot = Guilds | GuildMessages | DirectMessages;
}
