using Bot.Core.Live;

namespace Bot.Host.Server;

/// <summary>Health, readiness and the plain HTTP ask endpoint, mapped whatever platforms are configured.</summary>
internal static class CoreEndpoints
{
    public static IEndpointRouteBuilder MapCoreEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", (EngineHolder holder, IEnumerable<ILiveConnection> live) => Readiness(holder, live));
        app.MapAskEndpoint();
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
