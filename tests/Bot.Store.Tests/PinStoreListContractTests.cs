using Bot.Core.Articles;
using Bot.Core.Pins;

namespace Bot.Store.Tests;

public abstract class PinStoreListContractTests(StoreBench bench) : IDisposable
{
    private static readonly CancellationToken s_ct = CancellationToken.None;

    public void Dispose() => bench.Dispose();

    [SkippableFact]
    public async Task ListAsync_ChannelInPages_NewestFirstWithoutGapsOrRepeats()
    {
        // Arrange: pinned out of time order, two at the same instant, plus a pin in another channel.
        var store = bench.Open();
        int[] minutes = [3, 0, 4, 1, 4, 2];
        for (var i = 0; i < minutes.Length; i++)
        {
            await store.PinAsync(PinRequests.Make(messageId: "m" + i, pinnedAt: PinRequests.Start.AddMinutes(minutes[i])), s_ct);
        }

        await store.PinAsync(PinRequests.Make(messageId: "other", channelId: "c2", pinnedAt: PinRequests.Start.AddHours(1)), s_ct);
        var filter = PinFilter.ForChannel(ChatPlatform.Discord, "c1");

        // Act
        var pages = new List<PinPage>();
        PinCursor? cursor = null;
        do
        {
            var page = await store.ListAsync(filter, cursor, 4, s_ct);
            pages.Add(page);
            cursor = page.Next;
        }
        while (cursor is not null);

        // Assert
        Assert.Equal([4, 2], pages.Select(p => p.Items.Count));
        var ids = pages.SelectMany(p => p.Items).Select(p => p.Pin.Key.MessageId).ToList();
        Assert.Equal(["m4", "m2", "m0", "m5", "m3", "m1"], ids);
    }

    [SkippableFact]
    public async Task ListAsync_Workspace_OnlyThatWorkspaceOnThatPlatform()
    {
        // Arrange
        var store = bench.Open();
        await store.PinAsync(PinRequests.Make(messageId: "a", channelId: "c1", workspaceId: "g1"), s_ct);
        await store.PinAsync(PinRequests.Make(messageId: "b", channelId: "c2", workspaceId: "g1"), s_ct);
        await store.PinAsync(PinRequests.Make(messageId: "c", channelId: "c3", workspaceId: "g2"), s_ct);
        await store.PinAsync(PinRequests.Make(messageId: "d", platform: ChatPlatform.Slack, workspaceId: "g1"), s_ct);

        // Act
        var page = await store.ListAsync(PinFilter.ForWorkspace(ChatPlatform.Discord, "g1"), null, 10, s_ct);

        // Assert
        Assert.Equal(["a", "b"], page.Items.Select(p => p.Pin.Key.MessageId).Order());
        Assert.Null(page.Next);
    }

    [SkippableFact]
    public async Task ListAsync_Speaker_MatchesNameIgnoringCaseAcrossPlatforms()
    {
        // Arrange
        var store = bench.Open();
        var guzman = new Speaker("Sergio Guzmán", "analyst");
        await store.PinAsync(PinRequests.Make(messageId: "a", speaker: guzman), s_ct);
        await store.PinAsync(PinRequests.Make(messageId: "b", platform: ChatPlatform.Slack, speaker: guzman), s_ct);
        await store.PinAsync(PinRequests.Make(messageId: "c", speaker: new Speaker("Maria Lopez", null)), s_ct);
        await store.PinAsync(PinRequests.Make(messageId: "d") with { Speaker = null }, s_ct);

        // Act
        var page = await store.ListAsync(PinFilter.ForSpeaker(" SERGIO GUZMÁN "), null, 10, s_ct);

        // Assert
        Assert.Equal(["a", "b"], page.Items.Select(p => p.Pin.Key.MessageId).Order());
    }

    [SkippableFact]
    public async Task ListAsync_FilterValueLooksLikeSql_MatchesNothingAndKeepsTable()
    {
        // Arrange
        var store = bench.Open();
        await store.PinAsync(PinRequests.Make(), s_ct);

        // Act
        var page = await store.ListAsync(new PinFilter(ChannelId: "c1' OR '1'='1"), null, 10, s_ct);

        // Assert
        Assert.Empty(page.Items);
        Assert.Equal(1, bench.Scalar("SELECT COUNT(*) FROM pins"));
    }
}

public sealed class SqlitePinStoreListTests() : PinStoreListContractTests(new SqliteBench());

public sealed class PostgresPinStoreListTests() : PinStoreListContractTests(new PostgresBench());
