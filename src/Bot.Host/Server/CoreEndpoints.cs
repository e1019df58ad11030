using Bot.Core.Answering;
using Bot.Host.Json;

namespace Bot.Host.Server;

/// <summary>Health, readiness and the plain HTTP ask endpoint, mapped whatever platforms are configured.</summary>
internal static class CoreEndpoints
{
    public static IEndpointRouteBuilder MapCoreEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", (EngineHolder holder) => holder.Current is not null
            ? Results.Text("ready")
            : Results.Text("loading", statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapGet("/api/ask", async (string? q, HttpContext http, IAnswerService answers, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(q))
            {
                return Results.BadRequest(new { error = "Give a question as ?q=…" });
            }

            // The caller's address stands in for a user id, so the per-user rate limit applies per client.
            var answer = await answers.AnswerAsync(new Question(q, "http", http.Connection.RemoteIpAddress?.ToString()), ct);
            var status = answer.Outcome == AnswerOutcome.RateLimited ? StatusCodes.Status429TooManyRequests : StatusCodes.Status200OK;
            return Results.Text(AnswerJson.From(answer).Serialize(), "application/json; charset=utf-8", statusCode: status);
        });
        return app;
    }
}
