using Bot.Core.Articles;
using Bot.Core.Pins;

namespace Bot.Store.Tests;

/// <summary>Pin requests with plausible defaults; each test overrides what it is about.</summary>
internal static class PinRequests
{
    public static readonly DateTimeOffset Start = new(2025, 2, 4, 10, 0, 0, TimeSpan.Zero);

    public static PinRequest Make(
        string messageId = "m1",
        string channelId = "c1",
        ChatPlatform platform = ChatPlatform.Discord,
        string workspaceId = "g1",
        DateTimeOffset? pinnedAt = null,
        Speaker? speaker = null,
        string quote = "\"We will rebuild every school before winter,\" Maria Lopez, the mayor, said.",
        string articleId = "schools",
        string fingerprint = "abc123") =>
        new(
            new PinKey(platform, channelId, messageId),
            workspaceId,
            new PinActor("u1", "Ana Moderator"),
            pinnedAt ?? Start,
            "What did the mayor promise?",
            quote,
            speaker ?? new Speaker("Maria Lopez", "the mayor"),
            articleId,
            3,
            fingerprint);
}
