namespace Bot.Core.Live;

/// <summary>How long to wait before reconnecting after failures in a row: exponential, capped, with jitter so many bots do not retry in step.</summary>
public static class ReconnectBackoff
{
    /// <summary>The longest wait.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    /// <summary>Up to 1 s, 2 s, 4 s … 60 s after 1, 2, 3 … failures, scaled by <paramref name="jitter"/> in [0, 1) (at least a tenth).</summary>
    public static TimeSpan After(int failures, double jitter) =>
        failures <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Max.TotalSeconds, Math.Pow(2, Math.Min(failures, 10) - 1))) * Math.Max(0.1, jitter);
}
