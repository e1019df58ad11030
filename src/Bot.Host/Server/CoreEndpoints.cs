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
        app.MapGet("/api/ask", async (string? q, IAnswerService answers, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(q))
            {
                return Results.BadRequest(new { error = "Give a question as ?q=…" });
            }

            var answer = await answers.AnswerAsync(new Question(q, "http"), ct);
            return Results.Text(AnswerJson.From(answer).Serialize(), "application/json; charset=utf-8");
        });
        return app;
    }
}
