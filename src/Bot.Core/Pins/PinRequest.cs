using Bot.Core.Articles;

namespace Bot.Core.Pins;

/// <summary>A moderator's request to pin a cited answer, with everything the board keeps about it.</summary>
/// <param name="Key">The platform, channel and message pinned.</param>
/// <param name="WorkspaceId">The Discord guild id or Slack team id.</param>
/// <param name="PinnedBy">Who pinned it.</param>
/// <param name="PinnedAt">When, in UTC (other offsets are converted).</param>
/// <param name="Question">The question the answer replied to.</param>
/// <param name="Quote">The quoted passage, as cited.</param>
/// <param name="Speaker">Whose words the quote carries; null for the article's own words.</param>
/// <param name="ArticleId">The article cited.</param>
/// <param name="Paragraph">The 1-based line number of the passage in its article file.</param>
/// <param name="ArticleFingerprint">The article's <see cref="Article.Fingerprint"/> at pin time.</param>
public sealed record PinRequest(
    PinKey Key,
    string WorkspaceId,
    PinActor PinnedBy,
    DateTimeOffset PinnedAt,
    string Question,
    string Quote,
    Speaker? Speaker,
    string ArticleId,
    int Paragraph,
    string ArticleFingerprint);
