using Bot.Core.Pins;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Store.Tests;

public abstract class PinLeasesContractTests(StoreBench bench) : IDisposable
{
    private static readonly PinKey s_key = new(ChatPlatform.Slack, "C1", "1700000000.000100");

    public void Dispose() => bench.Dispose();

    [SkippableFact]
    public async Task AcquireAsync_HeldByAnotherStoreOnTheSameFile_WaitsUntilItIsReleased()
    {
        // Arrange: two stores on one file, as two processes sharing the pinboard.
        var first = new PinLeases(bench.Open(), TimeProvider.System);
        var second = new PinLeases(bench.Open(), TimeProvider.System);
        var held = await first.AcquireAsync(s_key, CancellationToken.None);

        // Act
        var waiting = second.AcquireAsync(s_key, CancellationToken.None);
        await Task.Delay(300);
        var waitedWhileHeld = !waiting.IsCompleted;
        await held.DisposeAsync();
        await using var taken = await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        Assert.True(waitedWhileHeld);
    }

    [SkippableFact]
    public async Task AcquireAsync_LeaseOfACrashedHolderPastItsLifetime_IsTakenOver()
    {
        // Arrange: a holder that never releases (it crashed), then the lease's lifetime passes.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var store = bench.Open();
        _ = await new PinLeases(store, time).AcquireAsync(s_key, CancellationToken.None);
        time.Advance(PinLeases.Lifetime + TimeSpan.FromSeconds(1));

        // Act
        await using var taken = await new PinLeases(store, time).AcquireAsync(s_key, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        Assert.Equal(1, bench.Scalar("SELECT COUNT(*) FROM pin_leases"));
    }
}

public sealed class SqlitePinLeasesTests() : PinLeasesContractTests(new SqliteBench());

public sealed class PostgresPinLeasesTests() : PinLeasesContractTests(new PostgresBench());
