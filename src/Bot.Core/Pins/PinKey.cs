namespace Bot.Core.Pins;

/// <summary>Identifies the pinned message: at most one active pin exists per key.</summary>
/// <param name="Platform">Discord or Slack.</param>
/// <param name="ChannelId">The channel the message is in.</param>
/// <param name="MessageId">The Discord message id, or the Slack message <c>ts</c>.</param>
public sealed record PinKey(ChatPlatform Platform, string ChannelId, string MessageId);
