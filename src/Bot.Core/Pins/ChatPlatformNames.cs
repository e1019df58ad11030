namespace Bot.Core.Pins;

/// <summary>The lowercase names of <see cref="ChatPlatform"/> used in storage, exports and the CLI.</summary>
public static class ChatPlatformNames
{
    /// <summary>"discord" or "slack".</summary>
    public static string ToName(this ChatPlatform platform) => platform switch
    {
        ChatPlatform.Discord => "discord",
        ChatPlatform.Slack => "slack",
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "Unknown chat platform."),
    };

    /// <summary>Reads "discord" or "slack" (any case); false for anything else.</summary>
    public static bool TryParse(string? name, out ChatPlatform platform)
    {
        foreach (var candidate in Enum.GetValues<ChatPlatform>())
        {
            if (string.Equals(candidate.ToName(), name, StringComparison.OrdinalIgnoreCase))
            {
                platform = candidate;
                return true;
            }
        }

        platform = default;
        return false;
    }
}
