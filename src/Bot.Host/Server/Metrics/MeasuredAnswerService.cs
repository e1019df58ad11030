using Bot.Core.Answering;
using Bot.Core.Telemetry;

namespace Bot.Host.Server.Metrics;

/// <summary>Counts every question, refusal and rate-limited turn-away by platform, and times each answer.</summary>
internal sealed class MeasuredAnswerService(IAnswerService inner, TimeProvider time) : IAnswerService
{
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var platform = new KeyValuePair<string, object?>("platform", question.Platform);
        BotMetrics.Questions.Add(1, platform);
        var started = time.GetTimestamp();
        var answer = await inner.AnswerAsync(question, cancellationToken);
        BotMetrics.AnswerLatency.Record(time.GetElapsedTime(started).TotalMilliseconds, platform);
        if (answer.Outcome == AnswerOutcome.NotFound)
        {
            BotMetrics.Refusals.Add(1, platform);
        }

        return answer;
    }
}
