using Bot.Core.Answering;
using Bot.Core.Live;
using Bot.Host.Json;

namespace Bot.Host.Server;

/// <summary>Health, readiness and the plain HTTP ask endpoint, mapped whatever platforms are configured.</summary>
internal static class CoreEndpoints
{
    public static IEndpointRouteBuilder MapCoreEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", (EngineHolder holder, IEnumerable<ILiveConnection> live) => Readiness(holder, live));
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

    /// <summary>Ready once the index is loaded and every live connection (Gateway, Socket Mode) is established.</summary>
    private static IResult Readiness(EngineHolder holder, IEnumerable<ILiveConnection> live)
    {
        if (holder.Current is null)
        {
            return Results.Text("loading", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var waiting = live.Where(c => !c.IsEstablished).Select(c => c.Name).ToList();
        return waiting.Count == 0
            ? Results.Text("ready")
            : Results.Text("connecting: " + string.Join(", ", waiting), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
