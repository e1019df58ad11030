using Bot.Core.Articles;

namespace Bot.Discord.Pins;

/// <summary>A cited answer a moderator pinned: where, who, when, and what it cites.</summary>
public sealed record DiscordPinRecord(
    string GuildId,
    string ChannelId,
    string MessageId,
    string PinnedById,
    string PinnedByName,
    DateTimeOffset PinnedAt,
    string Question,
    string Quote,
    Speaker? Speaker,
    string ArticleId,
    int Paragraph);
