namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type

/// <summary>Callback types the bot replies with.</summary>
internal static class DiscordCallbackType
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;
}
