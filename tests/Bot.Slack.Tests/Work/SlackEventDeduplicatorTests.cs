using Bot.Slack.Work;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Tests.Work;

public sealed class SlackEventDeduplicatorTests
{
    [Fact]
    public void TryBegin_SameEventThreeTimes_OnlyFirstWins()
    {
        // Arrange
        var dedup = new SlackEventDeduplicator(new FakeTimeProvider());

        // Act
        var results = new[] { dedup.TryBegin("Ev1"), dedup.TryBegin("Ev1"), dedup.TryBegin("Ev1") };

        // Assert
        Assert.Equal([true, false, false], results);
    }

    [Fact]
    public void TryBegin_ConcurrentRetries_ExactlyOneWins()
    {
        // Arrange
        var dedup = new SlackEventDeduplicator(new FakeTimeProvider());

        // Act
        var wins = Enumerable.Range(0, 64).AsParallel().Count(_ => dedup.TryBegin("Ev1"));

        // Assert
        Assert.Equal(1, wins);
    }

    [Fact]
    public void TryBegin_AfterLifetime_IdIsForgotten()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var dedup = new SlackEventDeduplicator(time);
        dedup.TryBegin("Ev1");

        // Act
        time.Advance(SlackEventDeduplicator.Lifetime + TimeSpan.FromSeconds(1));
        var again = dedup.TryBegin("Ev1");

        // Assert
        Assert.True(again);
    }

    [Fact]
    public void TryBegin_ManyDistinctIds_MemoryStaysBounded()
    {
        // Arrange
        var dedup = new SlackEventDeduplicator(new FakeTimeProvider());

        // Act
        for (var i = 0; i < SlackEventDeduplicator.Capacity * 2; i++)
        {
            dedup.TryBegin("Ev" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // Assert
        Assert.True(dedup.Count <= SlackEventDeduplicator.Capacity, $"{dedup.Count} ids kept");
    }
}
