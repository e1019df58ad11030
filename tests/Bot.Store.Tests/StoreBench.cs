using Bot.Store.Postgres;
using Bot.Testing.Postgres;
using Npgsql;

namespace Bot.Store.Tests;

/// <summary>
/// One database for a contract test, SQLite file or PostgreSQL database alike: <see cref="Open"/> gives a new store on
/// it (a second call stands for a second process or replica), <see cref="Scalar"/> looks at what is really stored.
/// </summary>
public abstract class StoreBench : IDisposable
{
    /// <summary>A new store on the bench's database, disposed with the bench.</summary>
    internal abstract SqlPinStore Open();

    /// <summary>Runs one scalar query on the database outside the stores.</summary>
    public abstract long Scalar(string sql);

    public abstract void Dispose();
}

/// <summary>A fresh SQLite file.</summary>
public sealed class SqliteBench : StoreBench
{
    private readonly TempPinFile _file = new();

    internal override SqlPinStore Open() => _file.Open();

    public override long Scalar(string sql) => _file.Scalar(sql);

    public override void Dispose() => _file.Dispose();
}

/// <summary>A fresh database on the test run's PostgreSQL server; the test is skipped, saying why, where there is none.</summary>
public sealed class PostgresBench : StoreBench
{
    private readonly List<PostgresPinStore> _stores = [];
    private string? _connectionString;

    /// <summary>The database's connection string (created on first use).</summary>
    public string ConnectionString => _connectionString ??= PostgresSkip.ServerOrSkip().CreateDatabase();

    internal override SqlPinStore Open() => OpenPostgres();

    internal PostgresPinStore OpenPostgres()
    {
        var store = new PostgresPinStore(ConnectionString);
        _stores.Add(store);
        return store;
    }

    public override long Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }
    }
}
