using Bot.Core.Articles;
using Bot.Core.Pins;

namespace Bot.Store.Tests;

public sealed class SqlitePinStoreTests : IDisposable
{
    private static readonly CancellationToken s_ct = CancellationToken.None;
    private readonly TempPinFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task PinAsync_NewMessage_StoresEveryField()
    {
        // Arrange
        var store = _file.Open();
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

    [Fact]
    public async Task PinAsync_NarrationWithoutSpeaker_StoresNullSpeaker()
    {
        // Arrange
        var store = _file.Open();
        var request = PinRequests.Make() with { Speaker = null };

        // Act
        await store.PinAsync(request, s_ct);
        var found = await store.FindAsync(request.Key, s_ct);

        // Assert
        Assert.NotNull(found);
        Assert.Null(found.Pin.Speaker);
    }

    [Fact]
    public async Task PinAsync_SameMessageTwice_SecondReportsAlreadyPinnedAndKeepsFirst()
    {
        // Arrange
        var store = _file.Open();
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
        Assert.Equal(1, _file.Scalar("SELECT COUNT(*) FROM pins"));
    }

    [Fact]
    public async Task PinAsync_TwentyConcurrentPinsOfOneMessage_OnePinnedOneRow()
    {
        // Arrange
        var store = _file.Open();
        await store.InitializeAsync(s_ct);
        var requests = Enumerable.Range(0, 20)
            .Select(i => PinRequests.Make() with { PinnedBy = new PinActor("u" + i, "Mod " + i) })
            .ToList();

        // Act
        var results = await Task.WhenAll(requests.Select(r => Task.Run(() => store.PinAsync(r, s_ct))));

        // Assert
        Assert.Single(results, r => r.Outcome == PinOutcome.Pinned);
        Assert.Equal(19, results.Count(r => r.Outcome == PinOutcome.AlreadyPinned));
        Assert.Single(results.Select(r => r.Pin.Id).Distinct());
        Assert.Equal(1, _file.Scalar("SELECT COUNT(*) FROM pins"));
    }

    [Fact]
    public async Task PinAsync_ConcurrentPinsFromTwoStoresOnOneFile_OneRow()
    {
        // Arrange: two stores stand for two processes sharing the file.
        var a = _file.Open();
        var b = _file.Open();
        await a.InitializeAsync(s_ct);
        await b.InitializeAsync(s_ct);

        // Act
        var results = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(i => Task.Run(() => (i % 2 == 0 ? a : b).PinAsync(PinRequests.Make(), s_ct))));

        // Assert
        Assert.Single(results, r => r.Outcome == PinOutcome.Pinned);
        Assert.Equal(1, _file.Scalar("SELECT COUNT(*) FROM pins"));
    }

    [Fact]
    public async Task UnpinAsync_ActivePin_KeepsRecordWithAuditAndHidesIt()
    {
        // Arrange
        var store = _file.Open();
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

    [Fact]
    public async Task UnpinAsync_NoActivePin_ReturnsNullAndChangesNothing()
    {
        // Arrange
        var store = _file.Open();
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

    [Fact]
    public async Task PinAsync_AfterUnpin_AddsNewActiveRecordAndKeepsOldAudit()
    {
        // Arrange
        var store = _file.Open();
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

    [Fact]
    public async Task PinAsync_BlankMessageId_Throws()
    {
        // Arrange
        var store = _file.Open();
        var request = PinRequests.Make(messageId: " ");

        // Act
        var act = () => store.PinAsync(request, s_ct);

        // Assert
        await Assert.ThrowsAsync<ArgumentException>(act);
    }
}
