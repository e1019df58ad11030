using System.Globalization;
using Bot.Core.Answering;
using Bot.Host.Json;
using Bot.Host.Server.RateLimiting;

namespace Bot.Host.Server;

/// <summary>
/// `GET /api/ask?q=…`: the JSON of `ask --format json`. Errors are RFC 9457 problem details
/// (application/problem+json), and a 429 carries Retry-After (RFC 9110 §10.2.3) so that clients know when to retry.
/// </summary>
internal static class AskEndpoint
{
    private const string Platform = "http";

    public static IEndpointRouteBuilder MapAskEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ask", async (string? q, HttpContext http, IAnswerService answers, QuestionRateLimiter limiter, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(q))
            {
                return Problem(StatusCodes.Status400BadRequest, "No question", "Give a question as ?q=…");
            }

            // The caller's address stands in for a user id, so the per-user rate limit applies per client.
            var user = http.Connection.RemoteIpAddress?.ToString();
            var answer = await answers.AnswerAsync(new Question(q, Platform, user), ct);
            switch (answer.Outcome)
            {
                case AnswerOutcome.RateLimited:
                    var wait = limiter.TimeUntilNext(Platform, user ?? RateLimitedAnswerService.AnonymousUser) ?? TimeSpan.FromSeconds(1);
                    http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                    return Problem(StatusCodes.Status429TooManyRequests, "Too many questions", answer.Message);
                case AnswerOutcome.Rejected:
                    return Problem(StatusCodes.Status400BadRequest, "Question not accepted", answer.Message);
                default:
                    return Results.Text(AnswerJson.From(answer).Serialize(), "application/json; charset=utf-8");
            }
        });
        return app;
    }

    private static IResult Problem(int status, string title, string? detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title, type: TypeOf(status));

    /// <summary>The RFC section defining the status, as ASP.NET Core's own problem details use.</summary>
    private static string TypeOf(int status) => status == StatusCodes.Status429TooManyRequests
        ? "https://www.rfc-editor.org/rfc/rfc6585#section-4"
        : "https://tools.ietf.org/html/rfc9110#section-15.5.1";
}
