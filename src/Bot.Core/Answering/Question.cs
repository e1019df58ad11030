namespace Bot.Core.Answering;

/// <summary>A question as a person typed it, with where it came from.</summary>
/// <param name="Text">The text as typed; may hold chat filler and mentions.</param>
/// <param name="Platform">"discord", "slack", "cli" or "http".</param>
/// <param name="UserId">The asker's id on that platform, when known.</param>
/// <param name="ChannelId">The channel it was asked in, when known.</param>
public sealed record Question(string Text, string Platform = "cli", string? UserId = null, string? ChannelId = null)
{
    /// <summary>The longest question answered; longer ones get a clear message instead.</summary>
    public const int MaxLength = 500;
}
