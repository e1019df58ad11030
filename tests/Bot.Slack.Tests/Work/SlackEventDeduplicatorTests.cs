using Bot.Slack.Work;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Tests.Work;

public sealed class SlackEventDeduplicatorTests
{
    [Fact]
    public async Task TryBegin_SameEventThreeTimes_OnlyFirstWins()
    {
        // Arrange
        var dedup = new SlackEventDeduplicator(new FakeTimeProvider());

        // Act
        var results = new[] { await dedup.TryBeginAsync("Ev1"), await dedup.TryBeginAsync("Ev1"), await dedup.TryBeginAsync("Ev1") };

        // Assert
        Assert.Equal([true, false, false], results);
    }

    [Fact]
    public async Task TryBegin_ConcurrentRetries_ExactlyOneWins()
    {
        // Arrange
        var dedup = new SlackEventDeduplicator(new FakeTimeProvider());

        // Act
        var wins = (await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => dedup.TryBeginAsync("Ev1").AsTask())))).Count(w => w);

        // Assert
        Assert.Equal(1, wins);
    }

    [Fact]
    public async Task TryBegin_AfterLifetime_IdIsForgotten()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var dedup = new SlackEventDeduplicator(time);
        await dedup.TryBeginAsync("Ev1");

        // Act
        time.Advance(SlackEventDeduplicator.Lifetime + TimeSpan.FromSeconds(1));
        var again = await dedup.TryBeginAsync("Ev1");

        // Assert
        Assert.True(again);
    }

    [Fact]
    public async Task TryBegin_ManyDistinctIds_MemoryStaysBounded()
    {
        // Arrange
        var dedup = new SlackEventDeduplicator(new FakeTimeProvider());

        // Act
        for (var i = 0; i < SlackEventDeduplicator.Capacity * 2; i++)
        {
            await dedup.TryBeginAsync("Ev" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // Assert
        Assert.True(dedup.Count <= SlackEventDeduplicator.Capacity, $"{dedup.Count} ids kept");
    }
}
