namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/resources/message#create-message-jsonform-params

/// <summary>A message posted as a reply (<c>message_reference</c>) that pings nobody, the replied-to author included.</summary>
internal sealed record DiscordReply(
    DiscordMessageReference MessageReference,
    string? Content = null,
    IReadOnlyList<DiscordEmbed>? Embeds = null,
    IReadOnlyList<DiscordComponent>? Components = null)
{
    /// <summary>Always <c>{"parse":[],"replied_user":false}</c>.</summary>
    public DiscordAllowedMentions AllowedMentions { get; init; } = DiscordAllowedMentions.NoneInReply;

    /// <summary>The same content as an interaction reply, as a reply to <paramref name="messageId"/> (a channel message cannot be ephemeral).</summary>
    public static DiscordReply To(string messageId, DiscordMessageData message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DiscordReply(new DiscordMessageReference(messageId), message.Content, message.Embeds, message.Components);
    }
}
