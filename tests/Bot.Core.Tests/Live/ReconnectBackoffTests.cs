using Bot.Core.Live;

namespace Bot.Core.Tests.Live;

public sealed class ReconnectBackoffTests
{
    [Theory]
    [InlineData(0, 0.5, 0)]
    [InlineData(1, 0.5, 0.5)]
    [InlineData(2, 0.5, 1)]
    [InlineData(4, 0.5, 4)]
    [InlineData(7, 0.99, 59.4)]
    [InlineData(50, 0.5, 30)]
    [InlineData(3, 0, 0.4)]
    public void After_FailuresInARow_GrowsExponentiallyCappedWithJitter(int failures, double jitter, double expectedSeconds)
    {
        // Act
        var wait = ReconnectBackoff.After(failures, jitter);

        // Assert
        Assert.Equal(expectedSeconds, wait.TotalSeconds, precision: 6);
    }
}
