using Bot.Core.Pins;

namespace Bot.Store.Tests;

public abstract class WorkJournalContractTests(StoreBench bench) : IDisposable
{
    private static readonly CancellationToken s_ct = CancellationToken.None;

    public void Dispose() => bench.Dispose();

    [SkippableFact]
    public async Task PendingAsync_AfterReopeningTheFile_ReturnsUnfinishedEntriesOfThatPlatformOldestFirst()
    {
        // Arrange: two Slack entries, one Discord entry, one Slack entry completed; then a fresh store on the same file.
        var journal = new WorkJournal(bench.Open(), TimeProvider.System);
        var first = await journal.AddAsync(ChatPlatform.Slack, "interaction", "payload=1", s_ct);
        var done = await journal.AddAsync(ChatPlatform.Slack, "command", "text=2", s_ct);
        await journal.AddAsync(ChatPlatform.Discord, "interaction", "{}", s_ct);
        var last = await journal.AddAsync(ChatPlatform.Slack, "event", "{\"a\":3}", s_ct);
        await journal.CompleteAsync(done, s_ct);

        // Act
        var pending = await new WorkJournal(bench.Open(), TimeProvider.System).PendingAsync(ChatPlatform.Slack, s_ct);

        // Assert
        Assert.Equal([first, last], pending.Select(e => e.Id));
        Assert.Equal(["interaction", "event"], pending.Select(e => e.Kind));
        Assert.Equal("{\"a\":3}", pending[1].Payload);
    }

    [SkippableFact]
    public async Task CompleteAsync_Twice_IsHarmless()
    {
        // Arrange
        var journal = new WorkJournal(bench.Open(), TimeProvider.System);
        var id = await journal.AddAsync(ChatPlatform.Discord, "interaction", "{}", s_ct);

        // Act
        await journal.CompleteAsync(id, s_ct);
        await journal.CompleteAsync(id, s_ct);

        // Assert
        Assert.Empty(await journal.PendingAsync(ChatPlatform.Discord, s_ct));
    }

    [SkippableFact]
    public async Task PendingAsync_TwoReplicas_EachSeesOnlyItsOwnEntries()
    {
        // Arrange: two replicas journaling into one database, as with a shared PostgreSQL pinboard.
        var one = new WorkJournal(bench.Open(), TimeProvider.System, "bot-1");
        var two = new WorkJournal(bench.Open(), TimeProvider.System, "bot-2");
        var mine = await one.AddAsync(ChatPlatform.Slack, "event", "{}", s_ct);
        await two.AddAsync(ChatPlatform.Slack, "event", "{}", s_ct);

        // Act: bot-1 restarts and reads what it left.
        var pending = await new WorkJournal(bench.Open(), TimeProvider.System, "bot-1").PendingAsync(ChatPlatform.Slack, s_ct);

        // Assert: bot-2's entry is still bot-2's work, not redone by bot-1.
        Assert.Equal([mine], pending.Select(e => e.Id));
        Assert.Equal(2, bench.Scalar("SELECT COUNT(*) FROM work_journal"));
    }
}

public sealed class SqliteWorkJournalTests() : WorkJournalContractTests(new SqliteBench());

public sealed class PostgresWorkJournalTests() : WorkJournalContractTests(new PostgresBench());
