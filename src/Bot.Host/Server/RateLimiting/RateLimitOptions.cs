using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Server.RateLimiting;

/// <summary>The per-user question limit (configuration section "RateLimit").</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>How many questions one user may ask on one platform within a window.</summary>
    [Range(1, 10_000, ErrorMessage = "RateLimit:QuestionsPerWindow must be between {1} and {2}.")]
    public int QuestionsPerWindow { get; set; } = 6;

    /// <summary>The sliding window, in seconds.</summary>
    [Range(1, 86_400, ErrorMessage = "RateLimit:WindowSeconds must be between {1} and {2}.")]
    public int WindowSeconds { get; set; } = 30;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
