using System.Globalization;
using Bot.Core.Pins;
using Microsoft.Data.Sqlite;

namespace Bot.Store;

/// <summary>
/// Brings a database to the latest schema. <c>PRAGMA user_version</c> holds the version; each script in
/// <c>Schema/</c> ("001-….sql") runs once, in its own transaction with the version bump.
/// </summary>
internal static class SqlitePinSchema
{
    private static readonly string[] s_scripts = SchemaScripts.Named("Bot.Store.Schema.");

    /// <summary>The version a fully migrated database has.</summary>
    public static int LatestVersion => s_scripts.Length;

    /// <summary>Migrates the database; throws when it was written by a newer build.</summary>
    public static async Task MigrateAsync(SqliteConnection connection, string path, CancellationToken ct)
    {
        var version = await ReadVersionAsync(connection, ct);
        if (version > LatestVersion)
        {
            throw new PinStoreUnavailableException(
                $"The pin store '{path}' has schema version {version}, newer than this build's {LatestVersion}. Run a newer build or restore a backup.");
        }

        for (var next = version + 1; next <= LatestVersion; next++)
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using var command = connection.CreateCommand();
            command.Transaction = (SqliteTransaction)transaction;

            // PRAGMA takes no parameters; the version is this build's own integer, never input.
            command.CommandText = SchemaScripts.Read(s_scripts[next - 1])
                + "\nPRAGMA user_version = " + next.ToString(CultureInfo.InvariantCulture) + ";";
            await command.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
        }
    }

    /// <summary>The database's schema version; 0 for a new file.</summary>
    public static async Task<int> ReadVersionAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }
}
