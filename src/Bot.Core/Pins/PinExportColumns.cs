namespace Bot.Core.Pins;

/// <summary>The fields of an exported pin, in order: one list, so JSON and CSV never disagree.</summary>
internal static class PinExportColumns
{
    /// <summary>Each column's name and value: a string, an int, a bool, or null.</summary>
    public static IReadOnlyList<(string Name, Func<BoardPin, object?> Value)> All { get; } =
    [
        ("id", b => b.Pin.Id),
        ("platform", b => b.Pin.Pin.Key.Platform.ToName()),
        ("workspaceId", b => b.Pin.Pin.WorkspaceId),
        ("channelId", b => b.Pin.Pin.Key.ChannelId),
        ("messageId", b => b.Pin.Pin.Key.MessageId),
        ("pinnedById", b => b.Pin.Pin.PinnedBy.Id),
        ("pinnedByName", b => b.Pin.Pin.PinnedBy.DisplayName),
        ("pinnedAt", b => PinTimestamps.ToText(b.Pin.Pin.PinnedAt)),
        ("question", b => b.Pin.Pin.Question),
        ("quote", b => b.Pin.Pin.Quote),
        ("speakerName", b => b.Pin.Pin.Speaker?.Name),
        ("speakerRole", b => b.Pin.Pin.Speaker?.Role),
        ("articleId", b => b.Pin.Pin.ArticleId),
        ("paragraph", b => b.Pin.Pin.Paragraph),
        ("articleFingerprint", b => b.Pin.Pin.ArticleFingerprint),
        ("active", b => b.Pin.IsActive),
        ("unpinnedById", b => b.Pin.UnpinnedBy?.Id),
        ("unpinnedByName", b => b.Pin.UnpinnedBy?.DisplayName),
        ("unpinnedAt", b => b.Pin.UnpinnedAt is { } at ? PinTimestamps.ToText(at) : null),
        ("freshness", b => b.Freshness.ToString()),
        ("stale", b => b.IsStale),
    ];
}
