using System.Globalization;
using Bot.Core.Pins;
using Npgsql;

namespace Bot.Store.Postgres;

/// <summary>
/// Brings a PostgreSQL database to the latest schema. Table <c>schema_migrations</c> holds one row per applied
/// version; each script in <c>Postgres/Schema/</c> ("001-….sql") runs once. Replicas that start together take turns
/// on a transaction-level advisory lock, so exactly one applies a version and the others then find it applied; the
/// scripts and the version row commit together (PostgreSQL's DDL is transactional), so a crash applies all or nothing.
/// </summary>
internal static class PostgresPinSchema
{
    /// <summary>The advisory lock's key: any fixed 64-bit number this database's other users do not take ("pinboar").</summary>
    public const long MigrationLock = 0x70696E626F6172;

    private const string Prefix = "Bot.Store.PostgresSchema.";

    private static readonly string[] s_scripts = SchemaScripts.Named(Prefix);

    /// <summary>The version a fully migrated database has.</summary>
    public static int LatestVersion => s_scripts.Length;

    /// <summary>Migrates the database; throws when it was written by a newer build.</summary>
    public static async Task MigrateAsync(NpgsqlConnection connection, string address, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock.ToString(CultureInfo.InvariantCulture)});", ct);
        await ExecuteAsync(
            connection,
            transaction,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now());",
            ct);
        var version = await ReadVersionAsync(connection, transaction, ct);
        if (version > LatestVersion)
        {
            throw new PinStoreUnavailableException(
                $"The pin store {address} has schema version {version}, newer than this build's {LatestVersion}. Run a newer build or restore a backup.");
        }

        for (var next = version + 1; next <= LatestVersion; next++)
        {
            var script = s_scripts[next - 1];
            await ExecuteAsync(connection, transaction, SchemaScripts.Read(script), ct);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, script) VALUES (@version, @script);", connection, transaction);
            record.Parameters.AddWithValue("version", next);
            record.Parameters.AddWithValue("script", script[Prefix.Length..]);
            await record.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>The highest applied version; 0 for a new database.</summary>
    public static async Task<int> ReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_migrations;", connection, transaction);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }
}
