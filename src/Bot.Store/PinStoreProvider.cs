namespace Bot.Store;

/// <summary>Where the pinboard lives (Pins:Provider, case-insensitive).</summary>
public enum PinStoreProvider
{
    /// <summary>A SQLite file at Pins:Path: one process, or processes on one machine sharing the file.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database at Pins:ConnectionString, shared by replicas.</summary>
    Postgres,
}
