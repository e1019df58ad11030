using Bot.Store.Postgres;

namespace Bot.Store.Tests;

public sealed class PostgresReplayGuardTests : IDisposable
{
    private static readonly CancellationToken s_ct = CancellationToken.None;
    private readonly PostgresBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [SkippableFact]
    public async Task TryAcceptAsync_OneKeyOfferedThroughTwoReplicasAtOnce_AcceptedOnce()
    {
        // Arrange: a Slack event and its retries, delivered to two replicas at the same moment.
        var one = new PostgresReplayGuard(_bench.OpenPostgres(), TimeProvider.System);
        var two = new PostgresReplayGuard(_bench.OpenPostgres(), TimeProvider.System);
        using var start = new ManualResetEventSlim();
        var offers = Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await (i % 2 == 0 ? one : two).TryAcceptAsync("slack:event:Ev1", TimeSpan.FromHours(1), s_ct);
        })).ToList();

        // Act
        start.Set();
        var accepted = await Task.WhenAll(offers);

        // Assert
        Assert.Equal(1, accepted.Count(a => a));
        Assert.Equal(1, _bench.Scalar("SELECT COUNT(*) FROM replay_claims"));
    }

    [SkippableFact]
    public async Task TryAcceptAsync_AfterItsLifetime_KeyIsAcceptedAgain()
    {
        // Arrange
        var guard = new PostgresReplayGuard(_bench.OpenPostgres(), TimeProvider.System);
        Assert.True(await guard.TryAcceptAsync("discord:interaction:1", TimeSpan.FromMilliseconds(300), s_ct));
        var repeatedAtOnce = await guard.TryAcceptAsync("discord:interaction:1", TimeSpan.FromMilliseconds(300), s_ct);

        // Act
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        var afterLifetime = await guard.TryAcceptAsync("discord:interaction:1", TimeSpan.FromMilliseconds(300), s_ct);

        // Assert
        Assert.False(repeatedAtOnce);
        Assert.True(afterLifetime);
    }

    [SkippableFact]
    public async Task TryAcceptAsync_DistinctKeys_EachAcceptedAndExpiredOnesSwept()
    {
        // Arrange: an expired key is left behind; the next offer after the sweep interval deletes it.
        var guard = new PostgresReplayGuard(_bench.OpenPostgres(), TimeProvider.System);
        await guard.TryAcceptAsync("old", TimeSpan.FromMilliseconds(1), s_ct);
        await Task.Delay(50);
        var second = new PostgresReplayGuard(_bench.OpenPostgres(), TimeProvider.System);

        // Act
        var a = await second.TryAcceptAsync("a", TimeSpan.FromHours(1), s_ct);
        var b = await second.TryAcceptAsync("b", TimeSpan.FromHours(1), s_ct);

        // Assert
        Assert.True(a && b);
        Assert.Equal(0, _bench.Scalar("SELECT COUNT(*) FROM replay_claims WHERE key = 'old'"));
        Assert.Equal(2, _bench.Scalar("SELECT COUNT(*) FROM replay_claims"));
    }
}
