using System.Data.Common;
using System.Net.Sockets;
using Bot.Core.Pins;
using Npgsql;

namespace Bot.Store.Postgres;

/// <summary>
/// The pinboard in a PostgreSQL database that several replicas share: the same statements as the SQLite store
/// (<see cref="SqlPinStore"/>), on pooled Npgsql connections. Pins commit before <see cref="SqlPinStore.PinAsync"/>
/// returns. The schema is created and migrated at start-up under an advisory lock (<see cref="PostgresPinSchema"/>).
/// </summary>
internal sealed class PostgresPinStore : SqlPinStore, IAsyncDisposable, IDisposable
{
    /// <summary>How long start-up waits for a database that is not accepting connections yet (started beside the bot).</summary>
    public static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(30);

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeSpan _startupWait;

    /// <summary>Creates a store over a database; nothing is opened until first use.</summary>
    /// <param name="connectionString">Npgsql's format; a secret (it may hold a password), so it is never shown.</param>
    /// <param name="startupWait">How long the first use waits for a server that refuses connections; <see cref="StartupWait"/> by default.</param>
    public PostgresPinStore(string connectionString, TimeSpan? startupWait = null)
    {
        _startupWait = startupWait ?? StartupWait;
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Address = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>The server and database, without user or password: what messages may name.</summary>
    public string Address { get; }

    public ValueTask DisposeAsync()
    {
        DisposeInitialization();
        return _dataSource.DisposeAsync();
    }

    public void Dispose()
    {
        DisposeInitialization();
        _dataSource.Dispose();
    }

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken ct) => await _dataSource.OpenConnectionAsync(ct);

    /// <summary>READ COMMITTED: the read after an insert that did nothing sees the winner's committed row.</summary>
    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(ct);

    protected override async Task CreateAndMigrateAsync(CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + _startupWait;
        while (true)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(ct);
                await PostgresPinSchema.MigrateAsync(connection, Address, ct);
                return;
            }
            catch (NpgsqlException e) when (IsNotUpYet(e) && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
            catch (NpgsqlException e)
            {
                // Npgsql's messages name the server and the problem ("password authentication failed for user …"),
                // never the password.
                throw new PinStoreUnavailableException(
                    $"The pin store {Address} cannot be opened: {e.Message}. Check Pins:ConnectionString and that the server is up; "
                    + "the bot will not start without its pinboard.",
                    e);
            }
        }
    }

    /// <summary>Refused or reset connections, and a server still starting up or shutting down ("57P03").</summary>
    private static bool IsNotUpYet(NpgsqlException e) =>
        e.InnerException is SocketException or IOException
        || e is PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow };
}
