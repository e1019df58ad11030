using Bot.Discord.Dtos;
using Bot.Discord.Rendering;

namespace Bot.Discord.Interactions;

/// <summary>Shorthands for the interaction responses the handlers return.</summary>
internal static class DiscordResponses
{
    public static DiscordInteractionResponse Pong { get; } = new(DiscordCallbackType.Pong);

    public static DiscordInteractionResponse Message(DiscordMessageData data) => new(DiscordCallbackType.ChannelMessage, data);

    public static DiscordInteractionResponse Update(DiscordMessageData data) => new(DiscordCallbackType.UpdateMessage, data);

    public static DiscordInteractionResponse Ephemeral(string text) => Message(DiscordAnswerRenderer.Ephemeral(text));

    /// <summary>"Thinking…": the answer follows as an edit of the original response.</summary>
    public static DiscordInteractionResponse Deferred(bool ephemeral) =>
        new(DiscordCallbackType.DeferredChannelMessage, ephemeral ? new DiscordMessageData(Flags: DiscordMessageFlags.Ephemeral) : null);

    /// <summary>A component click acknowledged without a loading state; the clicked message is edited later.</summary>
    public static DiscordInteractionResponse DeferredUpdate { get; } = new(DiscordCallbackType.DeferredUpdateMessage);

    /// <summary>The polite reply to anything the bot does not know.</summary>
    public static DiscordInteractionResponse Unknown { get; } =
        Ephemeral("Sorry, I don't know that one. Try /ask with a question about the article.");
}
