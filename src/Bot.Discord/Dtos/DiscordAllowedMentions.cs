namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/resources/message#allowed-mentions-object

/// <summary>Which mentions ping. The bot only ever sends <see cref="None"/>.</summary>
internal sealed record DiscordAllowedMentions(IReadOnlyList<string> Parse, bool? RepliedUser = null)
{
    /// <summary><c>{"parse":[]}</c>: nobody is pinged.</summary>
    public static DiscordAllowedMentions None { get; } = new([]);

    /// <summary><c>{"parse":[],"replied_user":false}</c>: a reply that does not ping the person it answers either.</summary>
    public static DiscordAllowedMentions NoneInReply { get; } = new([], RepliedUser: false);
}
