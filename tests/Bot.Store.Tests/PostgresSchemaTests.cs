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

    [Fact]
    public async Task InitializeAsync_NoServerListening_GivesUpAfterItsWaitNamingTheAddressNotThePassword()
    {
        // Arrange: a loopback port nobody listens on (no PostgreSQL needed), and a short wait.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var store = new PostgresPinStore($"Host=127.0.0.1;Port={port};Database=bot;Username=bot;Password=s3cret-value", TimeSpan.FromSeconds(2));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // Act
        var error = await Assert.ThrowsAsync<PinStoreUnavailableException>(() => store.InitializeAsync(s_ct));

        // Assert: it kept trying for its wait (a database started beside the bot), then said where and why.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(2), $"gave up after {watch.Elapsed}");
        Assert.StartsWith($"The pin store postgresql://127.0.0.1:{port}/bot cannot be opened: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task InitializeAsync_UnknownUser_SaysSoWithoutThePassword()
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
