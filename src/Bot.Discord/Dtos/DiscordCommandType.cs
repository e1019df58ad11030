namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/interactions/application-commands#application-command-object-application-command-types

/// <summary>Application command types and option types the bot uses.</summary>
internal static class DiscordCommandType
{
    public const int ChatInput = 1;
    public const int Message = 3;
    public const int StringOption = 3;
}
