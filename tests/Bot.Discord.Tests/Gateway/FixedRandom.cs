namespace Bot.Discord.Tests.Gateway;

/// <summary>A "random" source that always gives the same fraction, so Gateway timing is known to the test.</summary>
internal sealed class FixedRandom(double fraction) : Random
{
    public override double NextDouble() => fraction;

    protected override double Sample() => fraction;
}
