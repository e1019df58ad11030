using Bot.Core.Live;

namespace Bot.Slack.SocketMode;

/// <summary>Whether a Socket Mode connection is live (after hello), for /readyz and the connection gauge.</summary>
internal sealed class SlackSocketModeStatus() : LiveConnectionStatus("slack socket mode", "slack");
