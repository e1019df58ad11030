using System.Globalization;
using Bot.Core.Pins;

namespace Bot.Store;

/// <summary>
/// The work journal in the pinboard's own database (table <c>work_journal</c>), with its durability: an entry is
/// committed (SQLite: WAL and <c>synchronous=FULL</c>; PostgreSQL: its WAL) before the platform is acknowledged.
/// </summary>
/// <param name="owner">
/// Whose entries these are: a replica redoes only its own on start, since another replica's are still being worked on
/// (or wait for that replica's restart). '' for a SQLite file, whose processes all redo what is left.
/// </param>
internal sealed class WorkJournal(SqlPinStore store, TimeProvider time, string owner = "") : IWorkJournal
{
    public async Task<long> AddAsync(ChatPlatform platform, string kind, string payload, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(payload);
        await using var connection = await store.OpenAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO work_journal (platform, kind, payload, created_at, owner) VALUES (@platform, @kind, @payload, @created_at, @owner) RETURNING id;";
        insert.AddWithValue("@platform", platform.ToName());
        insert.AddWithValue("@kind", kind);
        insert.AddWithValue("@payload", payload);
        insert.AddWithValue("@created_at", PinTimestamps.ToText(time.GetUtcNow()));
        insert.AddWithValue("@owner", owner);
        return Convert.ToInt64(await insert.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    public async Task CompleteAsync(long id, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM work_journal WHERE id = @id;";
        delete.AddWithValue("@id", id);
        await delete.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<JournalEntry>> PendingAsync(ChatPlatform platform, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT id, kind, payload, created_at FROM work_journal WHERE owner = @owner AND platform = @platform ORDER BY id;";
        select.AddWithValue("@platform", platform.ToName());
        select.AddWithValue("@owner", owner);
        var entries = new List<JournalEntry>();
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            entries.Add(new JournalEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), PinTimestamps.Parse(reader.GetString(3))));
        }

        return entries;
    }
}
