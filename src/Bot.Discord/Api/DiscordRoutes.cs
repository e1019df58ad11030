namespace Bot.Discord.Api;

/// <summary>Every route <see cref="DiscordApiClient"/> calls, in one list that a test checks against Discord's OpenAPI spec.</summary>
internal static class DiscordRoutes
{
    /// <summary>https://docs.discord.com/developers/resources/message#pin-message (the 2025 route; /pins/{id} is deprecated).</summary>
    public static DiscordRoute PinMessage { get; } = new(HttpMethod.Put, "channels/{channel.id}/messages/pins/{message.id}");

    /// <summary>https://docs.discord.com/developers/resources/message#unpin-message</summary>
    public static DiscordRoute UnpinMessage { get; } = new(HttpMethod.Delete, "channels/{channel.id}/messages/pins/{message.id}");

    /// <summary>https://docs.discord.com/developers/resources/message#get-channel-message: its <c>pinned</c> says whether a pin call whose answer was lost took effect.</summary>
    public static DiscordRoute GetMessage { get; } = new(HttpMethod.Get, "channels/{channel.id}/messages/{message.id}");

    /// <summary>https://docs.discord.com/developers/interactions/receiving-and-responding#edit-original-interaction-response</summary>
    public static DiscordRoute EditOriginalResponse { get; } = new(HttpMethod.Patch, "webhooks/{application.id}/{interaction.token}/messages/@original");

    /// <summary>https://docs.discord.com/developers/interactions/receiving-and-responding#create-followup-message</summary>
    public static DiscordRoute CreateFollowUp { get; } = new(HttpMethod.Post, "webhooks/{application.id}/{interaction.token}");

    /// <summary>https://docs.discord.com/developers/interactions/application-commands#bulk-overwrite-global-application-commands</summary>
    public static DiscordRoute BulkOverwriteGlobalCommands { get; } = new(HttpMethod.Put, "applications/{application.id}/commands");

    /// <summary>https://docs.discord.com/developers/interactions/application-commands#bulk-overwrite-guild-application-commands</summary>
    public static DiscordRoute BulkOverwriteGuildCommands { get; } = new(HttpMethod.Put, "applications/{application.id}/guilds/{guild.id}/commands");

    /// <summary>https://docs.discord.com/developers/events/gateway#get-gateway-bot</summary>
    public static DiscordRoute GetGatewayBot { get; } = new(HttpMethod.Get, "gateway/bot");

    /// <summary>https://docs.discord.com/developers/resources/message#create-message (the reply to an @mention).</summary>
    public static DiscordRoute CreateMessage { get; } = new(HttpMethod.Post, "channels/{channel.id}/messages");

    /// <summary>https://docs.discord.com/developers/interactions/receiving-and-responding#create-interaction-response (Gateway interactions).</summary>
    public static DiscordRoute CreateInteractionResponse { get; } = new(HttpMethod.Post, "interactions/{interaction.id}/{interaction.token}/callback");

    /// <summary>All of the above.</summary>
    public static IReadOnlyList<DiscordRoute> All { get; } =
        [PinMessage, UnpinMessage, GetMessage, EditOriginalResponse, CreateFollowUp, BulkOverwriteGlobalCommands, BulkOverwriteGuildCommands,
         GetGatewayBot, CreateMessage, CreateInteractionResponse];
}
