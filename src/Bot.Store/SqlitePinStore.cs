using System.Data.Common;
using Bot.Core.Pins;
using Microsoft.Data.Sqlite;

namespace Bot.Store;

/// <summary>
/// The pinboard in one SQLite file: WAL mode with <c>synchronous=FULL</c>, so a pin is on disk before
/// <see cref="SqlPinStore.PinAsync"/> returns and survives a kill -9 or a power cut. Opened and migrated on first use
/// (or at startup through <see cref="PinStoreStartup"/>); a file that is not a healthy pin store throws
/// <see cref="PinStoreUnavailableException"/> every time, never replaced by an empty board.
/// </summary>
internal sealed class SqlitePinStore : SqlPinStore, IDisposable
{
    private readonly string _connectionString;

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

    /// <summary>Closes the pooled connections, which checkpoints the WAL into the main file.</summary>
    public void Dispose()
    {
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        DisposeInitialization();
    }

    /// <summary>
    /// BEGIN IMMEDIATE takes the write lock first, so the insert and the read of the winner see one state; a deferred
    /// transaction could fail with SQLITE_BUSY_SNAPSHOT when upgrading from read to write.
    /// </summary>
    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    /// <summary>Opens a pooled connection with the per-connection settings.</summary>
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken ct)
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

    /// <summary>Creates the folder and file if needed, checks the file, and migrates it.</summary>
    protected override async Task CreateAndMigrateAsync(CancellationToken ct)
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var connection = (SqliteConnection)await OpenConnectionAsync(ct);
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
