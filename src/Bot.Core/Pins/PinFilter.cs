namespace Bot.Core.Pins;

/// <summary>Which pins to list. Every field that is set must match; an empty filter matches every active pin.</summary>
/// <param name="Platform">Only pins made on this platform.</param>
/// <param name="WorkspaceId">Only pins in this guild or team.</param>
/// <param name="ChannelId">Only pins in this channel.</param>
/// <param name="SpeakerName">Only pins quoting this person (case-insensitive, whole name).</param>
public sealed record PinFilter(
    ChatPlatform? Platform = null,
    string? WorkspaceId = null,
    string? ChannelId = null,
    string? SpeakerName = null)
{
    /// <summary>The active pins of one channel.</summary>
    public static PinFilter ForChannel(ChatPlatform platform, string channelId) => new(platform, ChannelId: channelId);

    /// <summary>The active pins of one guild or team.</summary>
    public static PinFilter ForWorkspace(ChatPlatform platform, string workspaceId) => new(platform, workspaceId);

    /// <summary>The active pins quoting one person, on any platform.</summary>
    public static PinFilter ForSpeaker(string speakerName) => new(SpeakerName: speakerName);
}
