using Microsoft.Data.Sqlite;

namespace Bot.Store.Tests;

/// <summary>A pin database path in a fresh temporary folder, deleted with every store opened on it.</summary>
public sealed class TempPinFile : IDisposable
{
    private readonly List<SqlitePinStore> _stores = [];

    public TempPinFile()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bot-pins-" + Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Folder, "data", "pins.db");
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>Opens a store on the file; it is disposed with this object unless the test disposes it first.</summary>
    internal SqlitePinStore Open()
    {
        var store = new SqlitePinStore(Path);
        _stores.Add(store);
        return store;
    }

    /// <summary>Runs one scalar query on the file outside the store, to see what is really on disk.</summary>
    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
