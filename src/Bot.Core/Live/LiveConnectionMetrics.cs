using System.Diagnostics.Metrics;
using Bot.Core.Telemetry;

namespace Bot.Core.Live;

/// <summary>
/// Metrics of the live connections, on the same meter name as <see cref="BotMetrics"/> so the host exports them
/// with the rest; each measurement is tagged "platform".
/// </summary>
public static class LiveConnectionMetrics
{
    private static readonly Meter s_meter = new(BotMetrics.MeterName);

    /// <summary>Connections established now (1 while connected, 0 otherwise), by platform.</summary>
    public static UpDownCounter<long> Connected { get; } = s_meter.CreateUpDownCounter<long>("bot_live_connections", description: "Live connections established now");

    /// <summary>New connections after the first, by platform and "reason" (resume, identify, refresh, dropped…).</summary>
    public static Counter<long> Reconnects { get; } = s_meter.CreateCounter<long>("bot_live_reconnects", description: "Reconnections of live connections");

    /// <summary>Sessions resumed rather than started afresh (Discord RESUMED), by platform.</summary>
    public static Counter<long> Resumes { get; } = s_meter.CreateCounter<long>("bot_live_resumes", description: "Sessions resumed after a reconnect");

    /// <summary>A tag list holding only the platform.</summary>
    public static KeyValuePair<string, object?> Platform(string platform) => new("platform", platform);
}
