using System.Diagnostics.Metrics;

namespace Bot.Core.Telemetry;

/// <summary>
/// The bot's metrics, on one <see cref="Meter"/> that the host exports on /metrics. Tag every measurement with
/// "platform" ("discord", "slack", "http", "cli"); API calls also with "status" (the HTTP status code).
/// </summary>
public static class BotMetrics
{
    /// <summary>The meter's name, for exporters.</summary>
    public const string MeterName = "Bot";

    private static readonly Meter s_meter = new(MeterName);

    /// <summary>Questions received, by platform.</summary>
    public static Counter<long> Questions { get; } = s_meter.CreateCounter<long>("bot_questions", description: "Questions received");

    /// <summary>Questions the bot refused (nothing in the article answers), by platform.</summary>
    public static Counter<long> Refusals { get; } = s_meter.CreateCounter<long>("bot_refusals", description: "Questions answered with 'not found'");

    /// <summary>Time to answer a question, in milliseconds, by platform.</summary>
    public static Histogram<double> AnswerLatency { get; } = s_meter.CreateHistogram<double>("bot_answer_latency", unit: "ms", description: "Time to answer a question");

    /// <summary>Answers pinned (tag "result": pinned, already_pinned, unpinned, denied, failed), by platform.</summary>
    public static Counter<long> Pins { get; } = s_meter.CreateCounter<long>("bot_pins", description: "Pin requests by result");

    /// <summary>Calls to a platform's API, by platform and HTTP status.</summary>
    public static Counter<long> PlatformApiCalls { get; } = s_meter.CreateCounter<long>("bot_platform_api_calls", description: "Calls to Discord or Slack APIs by status");

    /// <summary>Waits caused by a platform's rate limit (HTTP 429), by platform.</summary>
    public static Counter<long> RateLimitWaits { get; } = s_meter.CreateCounter<long>("bot_rate_limit_waits", description: "Waits after HTTP 429 from a platform");

    /// <summary>Questions turned away by the per-user rate limit, by platform.</summary>
    public static Counter<long> QuestionsRateLimited { get; } = s_meter.CreateCounter<long>("bot_questions_rate_limited", description: "Questions over the per-user limit");
}
