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
        app.MapAskEndpoint();
        return app;
    }
}
