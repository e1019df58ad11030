using Bot.Core.Articles;

namespace Bot.Slack.Pins;

/// <summary>A pinned cited answer, as the pinboard keeps it.</summary>
/// <param name="TeamId">The workspace.</param>
/// <param name="ChannelId">The channel.</param>
/// <param name="MessageTs">The pinned message's <c>ts</c>.</param>
/// <param name="PinnedById">The moderator's user id.</param>
/// <param name="PinnedByName">The moderator's name at the time.</param>
/// <param name="PinnedAt">When, in UTC.</param>
/// <param name="Question">What was asked.</param>
/// <param name="Quote">The cited passage.</param>
/// <param name="Speaker">Whose words; null for the article's own.</param>
/// <param name="ArticleId">The cited article.</param>
/// <param name="Paragraph">The cited paragraph's line number.</param>
/// <param name="ArticleFingerprint">The article's fingerprint at pin time, to tell later when it changed.</param>
public sealed record SlackPin(
    string TeamId,
    string ChannelId,
    string MessageTs,
    string PinnedById,
    string PinnedByName,
    DateTimeOffset PinnedAt,
    string Question,
    string Quote,
    Speaker? Speaker,
    string ArticleId,
    int Paragraph,
    string ArticleFingerprint);
