namespace Bot.Discord.Gateway;

/// <summary>
/// The randomness in the Gateway's timing: the first heartbeat at <c>interval × jitter</c>, the 1–5 s wait after an
/// invalid session, and backoff. A class of its own so tests can fix it.
/// </summary>
internal sealed class GatewayJitter
{
    private readonly Random _random;

    public GatewayJitter()
        : this(Random.Shared)
    {
    }

    public GatewayJitter(Random random) => _random = random;

    /// <summary>A fraction in [0, 1).</summary>
    public double NextFraction() => _random.NextDouble();

    /// <summary>A random time between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public TimeSpan Between(TimeSpan min, TimeSpan max) => min + ((max - min) * NextFraction());

    /// <summary>Exponential backoff with full jitter after <paramref name="failures"/> failures in a row: up to 1 s, 2 s, 4 s … 60 s.</summary>
    public TimeSpan Backoff(int failures) =>
        TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(failures, 10) - 1))) * Math.Max(0.1, NextFraction());
}
