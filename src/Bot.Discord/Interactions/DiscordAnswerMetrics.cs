using Bot.Core.Answering;
using Bot.Core.Telemetry;

namespace Bot.Discord.Interactions;

/// <summary>Counts answered questions and refusals on <see cref="BotMetrics"/>, tagged platform=discord.</summary>
internal static class DiscordAnswerMetrics
{
    private static readonly KeyValuePair<string, object?> s_platform = new("platform", DiscordQuestionMapper.Platform);

    public static void Record(Answer answer, TimeSpan elapsed)
    {
        BotMetrics.Questions.Add(1, s_platform);
        BotMetrics.AnswerLatency.Record(elapsed.TotalMilliseconds, s_platform);
        if (answer.Outcome == AnswerOutcome.NotFound)
        {
            BotMetrics.Refusals.Add(1, s_platform);
        }
    }

    public static void Pin(string result) =>
        BotMetrics.Pins.Add(1, s_platform, new KeyValuePair<string, object?>("result", result));
}
