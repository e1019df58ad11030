using Bot.Discord.Dtos;
using Bot.Discord.Gateway;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayIdentifyLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    private GatewayIdentifyLimiter Limiter() => new(_time, NullLogger<GatewayIdentifyLimiter>.Instance);

    [Fact]
    public async Task WaitAsync_SecondIdentifyWithinFiveSeconds_WaitsOutTheRest()
    {
        // Arrange
        var limiter = Limiter();
        await limiter.WaitAsync(new DiscordSessionStartLimit(1000, 999, 0), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2));

        // Act
        var second = limiter.WaitAsync(new DiscordSessionStartLimit(1000, 998, 0), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2.9));
        var earlyDone = second.IsCompleted;
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));

        // Assert
        Assert.False(earlyDone);
    }

    [Fact]
    public async Task WaitAsync_NoSessionStartsLeft_WaitsUntilTheLimitResets()
    {
        // Arrange
        var limiter = Limiter();

        // Act
        var waiting = limiter.WaitAsync(new DiscordSessionStartLimit(1000, 0, ResetAfter: 60_000), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(59));
        var earlyDone = waiting.IsCompleted;
        _time.Advance(TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));

        // Assert
        Assert.False(earlyDone);
    }

    [Fact]
    public async Task WaitAsync_FirstIdentifyWithStartsLeft_DoesNotWait()
    {
        // Act
        var first = Limiter().WaitAsync(new DiscordSessionStartLimit(1000, 5, 0), CancellationToken.None);

        // Assert
        Assert.True(first.IsCompletedSuccessfully);
        await first;
    }
}
