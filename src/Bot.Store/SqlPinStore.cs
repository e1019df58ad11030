using System.Data.Common;
using System.Runtime.CompilerServices;
using Bot.Core.Pins;

namespace Bot.Store;

/// <summary>
/// The pinboard over any SQL database with the <c>pins</c> table of the schema scripts: the statements are plain SQL
/// that SQLite and PostgreSQL both run, so the two stores behave alike by construction, and one set of contract tests
/// holds them. A subclass says how to open a connection, how to start a write transaction, and how to create and
/// migrate its database.
/// </summary>
internal abstract class SqlPinStore : IPinnedAnswers
{
    private const string ActiveKey = "platform = @platform AND channel_id = @channel_id AND message_id = @message_id AND unpinned_at IS NULL";

    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile bool _initialized;

    /// <summary>Creates or migrates the database once per store. Safe to call again and from many threads.</summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        if (_initialized)
        {
            return;
        }

        await _initializing.WaitAsync(ct);
        try
        {
            if (!_initialized)
            {
                await CreateAndMigrateAsync(ct);
                _initialized = true;
            }
        }
        finally
        {
            _initializing.Release();
        }
    }

    /// <inheritdoc />
    public async Task<PinResult> PinAsync(PinRequest request, CancellationToken ct)
    {
        PinRows.Validate(request);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await BeginWriteAsync(connection, ct);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;

        // The partial unique index on the active message, not a read-then-write, makes this idempotent: of concurrent
        // inserts one wins and the others do nothing (PostgreSQL makes them wait for the winner's commit).
        insert.CommandText =
            """
            INSERT INTO pins (platform, workspace_id, channel_id, message_id, pinned_by_id, pinned_by_name, pinned_at,
                question, quote, speaker_name, speaker_role, speaker_key, article_id, paragraph, article_fingerprint)
            VALUES (@platform, @workspace_id, @channel_id, @message_id, @pinned_by_id, @pinned_by_name, @pinned_at,
                @question, @quote, @speaker_name, @speaker_role, @speaker_key, @article_id, @paragraph, @article_fingerprint)
            ON CONFLICT DO NOTHING;
            """;
        PinRows.AddRequest(insert, request);
        var inserted = await insert.ExecuteNonQueryAsync(ct) == 1;
        var pin = await FindActiveAsync(connection, transaction, request.Key, ct)
            ?? throw new InvalidOperationException("The active pin vanished inside its own transaction.");
        await transaction.CommitAsync(ct);
        return new PinResult(inserted ? PinOutcome.Pinned : PinOutcome.AlreadyPinned, pin);
    }

    /// <inheritdoc />
    public async Task<PinnedAnswer?> UnpinAsync(PinKey key, PinActor unpinnedBy, DateTimeOffset unpinnedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(unpinnedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(unpinnedBy.Id);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await BeginWriteAsync(connection, ct);
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText =
            $"""
            UPDATE pins SET unpinned_by_id = @unpinned_by_id, unpinned_by_name = @unpinned_by_name, unpinned_at = @unpinned_at
            WHERE {ActiveKey}
            RETURNING {PinRows.Columns};
            """;
        PinRows.AddKey(update, key);
        update.AddWithValue("@unpinned_by_id", unpinnedBy.Id);
        update.AddWithValue("@unpinned_by_name", unpinnedBy.DisplayName);
        update.AddWithValue("@unpinned_at", PinTimestamps.ToText(unpinnedAt));
        var unpinned = await ReadAllAsync(update, ct);
        await transaction.CommitAsync(ct);
        return unpinned.SingleOrDefault();
    }

    /// <inheritdoc />
    public async Task<PinnedAnswer?> FindAsync(PinKey key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await OpenAsync(ct);
        return await FindActiveAsync(connection, null, key, ct);
    }

    /// <inheritdoc />
    public async Task<PinPage> ListAsync(PinFilter filter, PinCursor? after, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = PinQuery.Build(command, filter, after, limit + 1);
        var rows = await ReadAllAsync(command, ct);
        var items = rows.Take(limit).ToList();
        var next = rows.Count > limit ? new PinCursor(items[^1].Pin.PinnedAt, items[^1].Id) : null;
        return new PinPage(items, next);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PinnedAnswer> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {PinRows.Columns} FROM pins ORDER BY id;";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return PinRows.Read(reader);
        }
    }

    /// <summary>An open connection to the initialized store, for the other tables in its database (leases, journal).</summary>
    internal async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        await InitializeAsync(ct);
        return await OpenConnectionAsync(ct);
    }

    /// <summary>Opens a connection with the provider's per-connection settings.</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken ct);

    /// <summary>Begins a transaction that writes: it must see one state between its insert and its read of the winner.</summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct);

    /// <summary>Creates the database's tables, or brings them to this build's version; throws <see cref="PinStoreUnavailableException"/>.</summary>
    protected abstract Task CreateAndMigrateAsync(CancellationToken ct);

    /// <summary>Releases what <see cref="InitializeAsync"/> guards.</summary>
    protected void DisposeInitialization() => _initializing.Dispose();

    private static async Task<PinnedAnswer?> FindActiveAsync(DbConnection connection, DbTransaction? transaction, PinKey key, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {PinRows.Columns} FROM pins WHERE {ActiveKey};";
        PinRows.AddKey(command, key);
        return (await ReadAllAsync(command, ct)).SingleOrDefault();
    }

    private static async Task<List<PinnedAnswer>> ReadAllAsync(DbCommand command, CancellationToken ct)
    {
        var pins = new List<PinnedAnswer>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            pins.Add(PinRows.Read(reader));
        }

        return pins;
    }
}
