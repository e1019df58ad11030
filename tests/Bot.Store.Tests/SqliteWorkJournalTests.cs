using Bot.Core.Pins;

namespace Bot.Store.Tests;

public sealed class SqliteWorkJournalTests : IDisposable
{
    private static readonly CancellationToken s_ct = CancellationToken.None;
    private readonly TempPinFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task PendingAsync_AfterReopeningTheFile_ReturnsUnfinishedEntriesOfThatPlatformOldestFirst()
    {
        // Arrange: two Slack entries, one Discord entry, one Slack entry completed; then a fresh store on the same file.
        var journal = new SqliteWorkJournal(_file.Open(), TimeProvider.System);
        var first = await journal.AddAsync(ChatPlatform.Slack, "interaction", "payload=1", s_ct);
        var done = await journal.AddAsync(ChatPlatform.Slack, "command", "text=2", s_ct);
        await journal.AddAsync(ChatPlatform.Discord, "interaction", "{}", s_ct);
        var last = await journal.AddAsync(ChatPlatform.Slack, "event", "{\"a\":3}", s_ct);
        await journal.CompleteAsync(done, s_ct);

        // Act
        var pending = await new SqliteWorkJournal(_file.Open(), TimeProvider.System).PendingAsync(ChatPlatform.Slack, s_ct);

        // Assert
        Assert.Equal([first, last], pending.Select(e => e.Id));
        Assert.Equal(["interaction", "event"], pending.Select(e => e.Kind));
        Assert.Equal("{\"a\":3}", pending[1].Payload);
    }

    [Fact]
    public async Task CompleteAsync_Twice_IsHarmless()
    {
        // Arrange
        var journal = new SqliteWorkJournal(_file.Open(), TimeProvider.System);
        var id = await journal.AddAsync(ChatPlatform.Discord, "interaction", "{}", s_ct);

        // Act
        await journal.CompleteAsync(id, s_ct);
        await journal.CompleteAsync(id, s_ct);

        // Assert
        Assert.Empty(await journal.PendingAsync(ChatPlatform.Discord, s_ct));
    }
}
