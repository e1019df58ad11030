using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Discord.Dtos;
using Bot.Discord.Interactions;

namespace Bot.Discord.Gateway;

/// <summary>
/// MESSAGE_CREATE → <see cref="Question"/>, when the message is one: it mentions the bot (or is a DM to it) and
/// comes from a person, not a bot, a webhook or the bot itself. The mention is stripped from the text.
/// https://docs.discord.com/developers/reference#message-formatting
/// </summary>
internal static partial class DiscordMentionMapper
{
    /// <summary>The question in the message; null when the message is not for the bot. Empty text means "@bot" alone.</summary>
    public static Question? FromMessage(DiscordMessageCreate message, string? botUserId)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (botUserId is null || message.Author.Bot || message.Author.Id == botUserId || message.WebhookId is not null)
        {
            return null;
        }

        // A DM has no guild: every message in it is for the bot.
        var isDirect = message.GuildId is null;
        if (!isDirect && message.Mentions?.Any(m => m.Id == botUserId) != true)
        {
            return null;
        }

        // Too long a question is left to the core, which refuses it as it refuses a long /ask.
        return new Question(StripMention(message.Content ?? "", botUserId), DiscordQuestionMapper.Platform, message.Author.Id, message.ChannelId);
    }

    /// <summary>Removes <c>&lt;@id&gt;</c> and the deprecated <c>&lt;@!id&gt;</c> of the bot, and tidies the spaces left.</summary>
    public static string StripMention(string content, string botUserId)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stripped = content.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal).Replace($"<@!{botUserId}>", " ", StringComparison.Ordinal);
        return Spaces().Replace(stripped, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
