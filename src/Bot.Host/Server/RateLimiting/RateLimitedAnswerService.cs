using System.Globalization;
using Bot.Core.Answering;
using Bot.Core.Telemetry;

namespace Bot.Host.Server.RateLimiting;

/// <summary>
/// Turns away a user's questions past the limit with a friendly reply instead of silence. Questions without a user
/// id share one allowance per platform, so an adapter that forgets the id is limited, not unlimited.
/// </summary>
internal sealed class RateLimitedAnswerService(IAnswerService inner, QuestionRateLimiter limiter) : IAnswerService
{
    public const string AnonymousUser = "(anonymous)";

    public Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var wait = limiter.TryAcquire(question.Platform, question.UserId ?? AnonymousUser);
        if (wait is null)
        {
            return inner.AnswerAsync(question, cancellationToken);
        }

        BotMetrics.QuestionsRateLimited.Add(1, new KeyValuePair<string, object?>("platform", question.Platform));
        return Task.FromResult(new Answer(question, AnswerOutcome.RateLimited, null, null, null, null, null, null, null, 0, [], Message(wait.Value)) { Verbatim = false });
    }

    /// <summary>"You're asking quickly — try again in 12 seconds."</summary>
    public static string Message(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var unit = seconds == 1 ? "second" : "seconds";
        return string.Create(CultureInfo.InvariantCulture, $"You're asking quickly — try again in {seconds} {unit}.");
    }
}
