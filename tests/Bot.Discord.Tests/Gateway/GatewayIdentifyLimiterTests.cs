using Bot.Discord.Dtos;
using Bot.Discord.Gateway;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayIdentifyLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    private GatewayIdentifyLimiter Limiter() => new(_time, NullLogger<GatewayIdentifyLimiter>.Instance);

    /// <summary>The wait is still going after <paramref name="notYet"/> and ends once <paramref name="rest"/> more has passed.</summary>
    private async Task AssertDoneOnlyAfterAsync(Task waiting, TimeSpan notYet, TimeSpan rest)
    {
        _time.Advance(notYet);
        Assert.False(waiting.IsCompleted, $"done after only {notYet}");
        _time.Advance(rest);
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitAsync_SecondIdentifyWithinFiveSeconds_WaitsOutTheRest()
    {
        // Arrange
        var limiter = Limiter();
        await limiter.WaitAsync(new DiscordSessionStartLimit(1000, 999, 0), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2));

        // Act
        var second = limiter.WaitAsync(new DiscordSessionStartLimit(1000, 998, 0), CancellationToken.None);

        // Assert
        await AssertDoneOnlyAfterAsync(second, TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(0.1));
    }

    [Fact]
    public async Task WaitAsync_NoSessionStartsLeft_WaitsUntilTheLimitResets()
    {
        // Arrange
        var limiter = Limiter();

        // Act
        var waiting = limiter.WaitAsync(new DiscordSessionStartLimit(1000, 0, ResetAfter: 60_000), CancellationToken.None);

        // Assert
        await AssertDoneOnlyAfterAsync(waiting, TimeSpan.FromSeconds(59), TimeSpan.FromSeconds(1));
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
