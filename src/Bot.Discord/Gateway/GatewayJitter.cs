using Bot.Core.Live;

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

    /// <summary>The wait before reconnecting after <paramref name="failures"/> failures in a row (<see cref="ReconnectBackoff"/>).</summary>
    public TimeSpan Backoff(int failures) => ReconnectBackoff.After(failures, NextFraction());
}
