using System.Globalization;
using Bot.Core.Pins;

namespace Bot.Store;

/// <summary>
/// The work journal in the pinboard's own SQLite file (table <c>work_journal</c>), with its durability: WAL and
/// <c>synchronous=FULL</c>, so an entry is on disk before the platform is acknowledged.
/// </summary>
internal sealed class SqliteWorkJournal(SqlitePinStore store, TimeProvider time) : IWorkJournal
{
    public async Task<long> AddAsync(ChatPlatform platform, string kind, string payload, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(payload);
        await using var connection = await store.OpenAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO work_journal (platform, kind, payload, created_at) VALUES (@platform, @kind, @payload, @created_at) RETURNING id;";
        insert.Parameters.AddWithValue("@platform", platform.ToName());
        insert.Parameters.AddWithValue("@kind", kind);
        insert.Parameters.AddWithValue("@payload", payload);
        insert.Parameters.AddWithValue("@created_at", PinTimestamps.ToText(time.GetUtcNow()));
        return Convert.ToInt64(await insert.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    public async Task CompleteAsync(long id, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM work_journal WHERE id = @id;";
        delete.Parameters.AddWithValue("@id", id);
        await delete.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<JournalEntry>> PendingAsync(ChatPlatform platform, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT id, kind, payload, created_at FROM work_journal WHERE platform = @platform ORDER BY id;";
        select.Parameters.AddWithValue("@platform", platform.ToName());
        var entries = new List<JournalEntry>();
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            entries.Add(new JournalEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), PinTimestamps.Parse(reader.GetString(3))));
        }

        return entries;
    }
}
