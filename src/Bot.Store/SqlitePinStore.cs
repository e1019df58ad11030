using System.Runtime.CompilerServices;
using Bot.Core.Pins;
using Microsoft.Data.Sqlite;

namespace Bot.Store;

/// <summary>
/// The pinboard in one SQLite file: WAL mode with <c>synchronous=FULL</c>, so a pin is on disk before
/// <see cref="PinAsync"/> returns and survives a kill -9 or a power cut. Opened and migrated on first use (or at
/// startup through <see cref="PinStoreStartup"/>); a file that is not a healthy pin store throws
/// <see cref="PinStoreUnavailableException"/> every time, never replaced by an empty board.
/// </summary>
internal sealed class SqlitePinStore : IPinnedAnswers, IDisposable
{
    private const string ActiveKey = "platform = @platform AND channel_id = @channel_id AND message_id = @message_id AND unpinned_at IS NULL";

    private readonly string _connectionString;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile bool _initialized;

    /// <summary>Creates a store over a file; nothing is opened until first use.</summary>
    public SqlitePinStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file's full path.</summary>
    public string Path { get; }

    /// <summary>Creates the folder and file if needed, checks the file, and migrates it. Safe to call again.</summary>
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
                await OpenAndMigrateAsync(ct);
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

        // BEGIN IMMEDIATE takes the write lock first, so the insert and the read of the winner see one state;
        // a deferred transaction could fail with SQLITE_BUSY_SNAPSHOT when upgrading from read to write.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
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
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText =
            $"""
            UPDATE pins SET unpinned_by_id = @unpinned_by_id, unpinned_by_name = @unpinned_by_name, unpinned_at = @unpinned_at
            WHERE {ActiveKey}
            RETURNING {PinRows.Columns};
            """;
        PinRows.AddKey(update, key);
        update.Parameters.AddWithValue("@unpinned_by_id", unpinnedBy.Id);
        update.Parameters.AddWithValue("@unpinned_by_name", unpinnedBy.DisplayName);
        update.Parameters.AddWithValue("@unpinned_at", PinTimestamps.ToText(unpinnedAt));
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

    /// <summary>Closes the pooled connections, which checkpoints the WAL into the main file.</summary>
    public void Dispose()
    {
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _initializing.Dispose();
    }

    private static async Task<PinnedAnswer?> FindActiveAsync(SqliteConnection connection, SqliteTransaction? transaction, PinKey key, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {PinRows.Columns} FROM pins WHERE {ActiveKey};";
        PinRows.AddKey(command, key);
        return (await ReadAllAsync(command, ct)).SingleOrDefault();
    }

    private static async Task<List<PinnedAnswer>> ReadAllAsync(SqliteCommand command, CancellationToken ct)
    {
        var pins = new List<PinnedAnswer>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            pins.Add(PinRows.Read(reader));
        }

        return pins;
    }

    /// <summary>An open connection to the initialized store, for the other tables in its file (<see cref="SqliteWorkJournal"/>).</summary>
    internal async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        await InitializeAsync(ct);
        return await OpenConnectionAsync(ct);
    }

    /// <summary>Opens a pooled connection with the per-connection settings.</summary>
    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();

            // synchronous=FULL: in WAL mode NORMAL may lose the last commits on power loss; a pin the moderator
            // saw confirmed must stay. busy_timeout: writers queue instead of failing under concurrent pins.
            command.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";
            await command.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task OpenAndMigrateAsync(CancellationToken ct)
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var connection = await OpenConnectionAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw Unavailable($"it refused WAL mode (journal mode is '{mode}')", null);
            }

            command.CommandText = "PRAGMA quick_check;";
            var check = Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            if (!string.Equals(check, "ok", StringComparison.Ordinal))
            {
                throw Unavailable($"the integrity check failed ({check})", null);
            }

            await SqlitePinSchema.MigrateAsync(connection, Path, ct);
        }
        catch (SqliteException e)
        {
            throw Unavailable(e.Message, e);
        }
        catch (IOException e)
        {
            throw Unavailable(e.Message, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw Unavailable(e.Message, e);
        }
    }

    private PinStoreUnavailableException Unavailable(string why, Exception? inner)
    {
        var message = $"The pin store '{Path}' cannot be opened: {why}. Restore it from a backup or move it aside; "
            + "the bot will not start with an empty board in its place.";
        return inner is null ? new PinStoreUnavailableException(message) : new PinStoreUnavailableException(message, inner);
    }
}
