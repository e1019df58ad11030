using Bot.Core.Pins;
using Bot.Store.Postgres;

namespace Bot.Store.Tests;

public sealed class PostgresSchemaTests : IDisposable
{
    private static readonly CancellationToken s_ct = CancellationToken.None;
    private readonly PostgresBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [SkippableFact]
    public async Task InitializeAsync_FourReplicasStartingTogether_MigrateOnceToLatest()
    {
        // Arrange: four replicas on one new database, released together.
        var stores = Enumerable.Range(0, 4).Select(_ => _bench.OpenPostgres()).ToList();
        using var start = new ManualResetEventSlim();
        var starts = stores.Select(s => Task.Run(async () =>
        {
            start.Wait();
            await s.InitializeAsync(s_ct);
        })).ToList();

        // Act
        start.Set();
        await Task.WhenAll(starts);

        // Assert: one row per version, each applied once, and every table there.
        Assert.Equal(4, PostgresPinSchema.LatestVersion);
        Assert.Equal(PostgresPinSchema.LatestVersion, _bench.Scalar("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(PostgresPinSchema.LatestVersion, _bench.Scalar("SELECT MAX(version) FROM schema_migrations"));
        Assert.Equal(4, _bench.Scalar(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_name IN ('pins', 'work_journal', 'pin_leases', 'replay_claims')"));
    }

    [SkippableFact]
    public async Task InitializeAsync_DatabaseOfANewerBuild_RefusesNamingVersionsNotPassword()
    {
        // Arrange
        await _bench.OpenPostgres().InitializeAsync(s_ct);
        _bench.Scalar("INSERT INTO schema_migrations (version, script) VALUES (99, '099-future.sql') RETURNING version");

        // Act
        var error = await Assert.ThrowsAsync<PinStoreUnavailableException>(() => _bench.OpenPostgres().InitializeAsync(s_ct));

        // Assert
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("postgresql://127.0.0.1:", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task InitializeAsync_WrongPassword_SaysSoWithoutTheConnectionString()
    {
        // Arrange: a user that does not exist on the server.
        var connectionString = _bench.ConnectionString + ";Username=nobody_here;Password=s3cret-value";
        await using var store = new PostgresPinStore(connectionString);

        // Act
        var error = await Assert.ThrowsAsync<PinStoreUnavailableException>(() => store.InitializeAsync(s_ct));

        // Assert
        Assert.Contains("nobody_here", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", error.Message, StringComparison.Ordinal);
    }
}
