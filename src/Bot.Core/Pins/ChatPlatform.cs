namespace Bot.Core.Pins;

/// <summary>The chat platform a pin was made on. Stored and exported as "discord" or "slack".</summary>
public enum ChatPlatform
{
    /// <summary>Discord: the workspace is a guild, the message id a snowflake.</summary>
    Discord,

    /// <summary>Slack: the workspace is a team, the message id its <c>ts</c>.</summary>
    Slack,
}
