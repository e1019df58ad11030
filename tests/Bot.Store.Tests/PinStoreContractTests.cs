using Bot.Core.Articles;
using Bot.Core.Pins;

namespace Bot.Store.Tests;

public abstract class PinStoreContractTests(StoreBench bench) : IDisposable
{
    private static readonly CancellationToken s_ct = CancellationToken.None;

    public void Dispose() => bench.Dispose();

    [SkippableFact]
    public async Task PinAsync_NewMessage_StoresEveryField()
    {
        // Arrange
        var store = bench.Open();
        var request = PinRequests.Make(
            platform: ChatPlatform.Slack, channelId: "C024BE91L", messageId: "1712345678.000200", workspaceId: "T123",
            pinnedAt: new DateTimeOffset(2025, 2, 4, 12, 30, 15, 123, TimeSpan.FromHours(2)).AddTicks(4567),
            speaker: new Speaker("Sergio Guzmán", "a political analyst"), quote: "Quote, with \"quotes\"\nand a line break",
            articleId: "colombia", fingerprint: "f00d");

        // Act
        var result = await store.PinAsync(request, s_ct);
        var found = await store.FindAsync(request.Key, s_ct);

        // Assert
        Assert.Equal(PinOutcome.Pinned, result.Outcome);
        Assert.NotNull(found);
        Assert.Equal(request, found.Pin);
        Assert.Equal(request.PinnedAt.UtcTicks, found.Pin.PinnedAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, found.Pin.PinnedAt.Offset);
        Assert.True(found.IsActive);
        Assert.Null(found.UnpinnedBy);
        Assert.Equal(result.Pin, found);
    }

    [SkippableFact]
    public async Task PinAsync_NarrationWithoutSpeaker_StoresNullSpeaker()
    {
        // Arrange
        var store = bench.Open();
        var request = PinRequests.Make() with { Speaker = null };

        // Act
        await store.PinAsync(request, s_ct);
        var found = await store.FindAsync(request.Key, s_ct);

        // Assert
        Assert.NotNull(found);
        Assert.Null(found.Pin.Speaker);
    }

    [SkippableFact]
    public async Task PinAsync_SameMessageTwice_SecondReportsAlreadyPinnedAndKeepsFirst()
    {
        // Arrange
        var store = bench.Open();
        var first = PinRequests.Make();
        var second = first with { PinnedBy = new PinActor("u2", "Ben"), PinnedAt = first.PinnedAt.AddMinutes(1) };

        // Act
        var one = await store.PinAsync(first, s_ct);
        var two = await store.PinAsync(second, s_ct);

        // Assert
        Assert.Equal(PinOutcome.Pinned, one.Outcome);
        Assert.Equal(PinOutcome.AlreadyPinned, two.Outcome);
        Assert.Equal(one.Pin, two.Pin);
        Assert.Equal("u1", two.Pin.Pin.PinnedBy.Id);
        Assert.Equal(1, bench.Scalar("SELECT COUNT(*) FROM pins"));
    }

    [SkippableFact]
    public async Task PinAsync_TwentyConcurrentPinsOfOneMessage_OnePinnedOneRow()
    {
        // Arrange
        var store = bench.Open();

        // Act
        var results = await PinTogetherAsync([store], moderators: 20);

        // Assert
        AssertOneRecordWon(results);
    }

    [SkippableFact]
    public async Task PinAsync_FourModeratorsThroughTwoStoresAtOnce_OneRecord()
    {
        // Arrange: two stores on one database stand for two replicas (or two processes on one file).
        SqlPinStore[] replicas = [bench.Open(), bench.Open()];

        // Act
        var results = await PinTogetherAsync(replicas, moderators: 4);

        // Assert
        AssertOneRecordWon(results);
    }

    [SkippableFact]
    public async Task UnpinAsync_ActivePin_KeepsRecordWithAuditAndHidesIt()
    {
        // Arrange
        var store = bench.Open();
        var request = PinRequests.Make();
        await store.PinAsync(request, s_ct);
        var at = PinRequests.Start.AddHours(1);

        // Act
        var unpinned = await store.UnpinAsync(request.Key, new PinActor("u9", "Carla"), at, s_ct);

        // Assert
        Assert.NotNull(unpinned);
        Assert.False(unpinned.IsActive);
        Assert.Equal(new PinActor("u9", "Carla"), unpinned.UnpinnedBy);
        Assert.Equal(at, unpinned.UnpinnedAt);
        Assert.Null(await store.FindAsync(request.Key, s_ct));
        Assert.Empty((await store.ListAsync(new PinFilter(), null, 10, s_ct)).Items);
        var exported = await store.ExportAsync(s_ct).ToListAsync();
        Assert.Equal(unpinned, Assert.Single(exported));
    }

    [SkippableFact]
    public async Task UnpinAsync_NoActivePin_ReturnsNullAndChangesNothing()
    {
        // Arrange
        var store = bench.Open();
        var request = PinRequests.Make();
        await store.PinAsync(request, s_ct);
        await store.UnpinAsync(request.Key, new PinActor("u9", "Carla"), PinRequests.Start.AddHours(1), s_ct);

        // Act
        var again = await store.UnpinAsync(request.Key, new PinActor("u8", "Dan"), PinRequests.Start.AddHours(2), s_ct);

        // Assert
        Assert.Null(again);
        var record = Assert.Single(await store.ExportAsync(s_ct).ToListAsync());
        Assert.Equal("u9", record.UnpinnedBy?.Id);
    }

    [SkippableFact]
    public async Task PinAsync_AfterUnpin_AddsNewActiveRecordAndKeepsOldAudit()
    {
        // Arrange
        var store = bench.Open();
        var request = PinRequests.Make();
        var first = await store.PinAsync(request, s_ct);
        await store.UnpinAsync(request.Key, new PinActor("u9", "Carla"), PinRequests.Start.AddHours(1), s_ct);
        var repin = request with { PinnedBy = new PinActor("u2", "Ben"), PinnedAt = PinRequests.Start.AddHours(2) };

        // Act
        var result = await store.PinAsync(repin, s_ct);

        // Assert
        Assert.Equal(PinOutcome.Pinned, result.Outcome);
        Assert.NotEqual(first.Pin.Id, result.Pin.Id);
        Assert.Equal("u2", (await store.FindAsync(request.Key, s_ct))?.Pin.PinnedBy.Id);
        var records = await store.ExportAsync(s_ct).ToListAsync();
        Assert.Equal(2, records.Count);
        Assert.Equal("u9", records[0].UnpinnedBy?.Id);
        Assert.True(records[1].IsActive);
    }

    [SkippableFact]
    public async Task PinAsync_BlankMessageId_Throws()
    {
        // Arrange
        var store = bench.Open();
        var request = PinRequests.Make(messageId: " ");

        // Act
        var act = () => store.PinAsync(request, s_ct);

        // Assert
        await Assert.ThrowsAsync<ArgumentException>(act);
    }

    /// <summary>Each moderator clicks Pin on one message through the stores in turn, all released at the same moment.</summary>
    private static async Task<PinResult[]> PinTogetherAsync(IReadOnlyList<SqlPinStore> stores, int moderators)
    {
        foreach (var store in stores)
        {
            await store.InitializeAsync(s_ct);
        }

        using var start = new ManualResetEventSlim();
        var clicks = Enumerable.Range(0, moderators).Select(i => Task.Run(() =>
        {
            start.Wait();
            return stores[i % stores.Count].PinAsync(PinRequests.Make() with { PinnedBy = new PinActor("u" + i, "Mod " + i) }, s_ct);
        })).ToList();
        start.Set();
        return await Task.WhenAll(clicks);
    }

    private void AssertOneRecordWon(PinResult[] results)
    {
        Assert.Single(results, r => r.Outcome == PinOutcome.Pinned);
        Assert.Equal(results.Length - 1, results.Count(r => r.Outcome == PinOutcome.AlreadyPinned));
        Assert.Single(results.Select(r => r.Pin.Id).Distinct());
        Assert.Equal(1, bench.Scalar("SELECT COUNT(*) FROM pins"));
    }
}

public sealed class SqlitePinStoreTests() : PinStoreContractTests(new SqliteBench());

public sealed class PostgresPinStoreTests() : PinStoreContractTests(new PostgresBench());
