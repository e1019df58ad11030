using Bot.Core.Answering;
using Bot.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;

namespace Bot.Host.Server.Metrics;

/// <summary>
/// The bot's metrics on <c>GET /metrics</c> in Prometheus text, through OpenTelemetry: the "Bot" meter
/// (<see cref="BotMetrics"/>) plus ASP.NET Core's request and connection meters. OpenTelemetry rather than
/// prometheus-net's meter adapter because the adapter exports counters as gauges, prefixes names with the meter's
/// (bot_bot_questions) and only starts listening at the first scrape, losing what came before it.
/// </summary>
internal static class MetricsSetup
{
    /// <summary>Latency buckets in milliseconds: an answer takes a few ms; a slow one (index loading) seconds.</summary>
    private static readonly double[] s_millisecondBuckets = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];

    /// <summary>Times and counts every question (the outermost decorator, so turned-away questions count too).</summary>
    public static IServiceCollection AddAnswerMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(BotMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddView(BotMetrics.AnswerLatency.Name, new ExplicitBucketHistogramConfiguration { Boundaries = s_millisecondBuckets })
            // No response cache: a scrape right after a question must see it (the default caches for 300 ms).
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        services.TryAddSingleton(TimeProvider.System);
        return services.Decorate<IAnswerService>((inner, sp) => new MeasuredAnswerService(inner, sp.GetRequiredService<TimeProvider>()));
    }

    public static IEndpointRouteBuilder MapMetricsEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
