using Bot.Core.Pins;
using Bot.Core.Replays;
using Bot.Store.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Store.Tests;

public sealed class PinStoreSetupTests : IDisposable
{
    private readonly TempPinFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void AddPinStore_NoPinsSection_UsesDefaultPath()
    {
        // Arrange
        var services = new ServiceCollection().AddPinStore(Configuration([]));

        // Act
        using var provider = services.BuildServiceProvider();

        // Assert
        Assert.Equal("data/pins.db", provider.GetRequiredService<IOptions<PinsOptions>>().Value.Path);
    }

    [Fact]
    public async Task AddPinStore_ConfiguredPath_StartupCreatesThatFileAndStoreIsSingleton()
    {
        // Arrange
        var services = new ServiceCollection().AddPinStore(Configuration(new() { ["Pins:Path"] = _file.Path }));
        await using var provider = services.BuildServiceProvider();

        // Act
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        // Assert
        Assert.True(File.Exists(_file.Path));
        Assert.Same(provider.GetRequiredService<IPinnedAnswers>(), provider.GetRequiredService<IPinnedAnswers>());
    }

    [Fact]
    public void AddPinStore_EmptyPath_FailsStartupValidation()
    {
        // Arrange
        var services = new ServiceCollection().AddPinStore(Configuration(new() { ["Pins:Path"] = "" }));
        using var provider = services.BuildServiceProvider();

        // Act
        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        // Assert
        var error = Assert.Throws<OptionsValidationException>(act);
        Assert.Contains("Path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddPinStore_CorruptFile_HostedStartupThrowsNamingFile()
    {
        // Arrange
        Directory.CreateDirectory(Path.GetDirectoryName(_file.Path)!);
        await File.WriteAllBytesAsync(_file.Path, Enumerable.Repeat((byte)0xAB, 4096).ToArray());
        var services = new ServiceCollection().AddPinStore(Configuration(new() { ["Pins:Path"] = _file.Path }));
        await using var provider = services.BuildServiceProvider();
        var startup = Assert.Single(provider.GetServices<IHostedService>());

        // Act
        var error = await Assert.ThrowsAsync<PinStoreUnavailableException>(() => startup.StartAsync(CancellationToken.None));

        // Assert
        Assert.Contains(_file.Path, error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AddPinStore_PostgresInAnyCase_MigratesTheDatabaseSharesReplaysAndWritesNoSqliteFile()
    {
        // Arrange
        using var bench = new PostgresBench();
        var services = new ServiceCollection().AddPinStore(Configuration(new()
        {
            ["Pins:Provider"] = "postgres",
            ["Pins:ConnectionString"] = bench.ConnectionString,
            ["Pins:Path"] = _file.Path,
        }));
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        // Act
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        await provider.GetRequiredService<IPinnedAnswers>().PinAsync(PinRequests.Make(), CancellationToken.None);

        // Assert
        Assert.Equal(1, bench.Scalar("SELECT COUNT(*) FROM pins"));
        Assert.IsType<PostgresReplayGuard>(provider.GetRequiredService<IReplayGuard>());
        Assert.Same(provider.GetRequiredService<ISharedReplayGuard>(), provider.GetRequiredService<IReplayGuard>());
        Assert.False(Directory.Exists(_file.Folder), "nothing is written at Pins:Path");
    }

    [Fact]
    public void AddPinStore_PostgresWithoutConnectionString_FailsStartupValidationNamingTheKey()
    {
        // Arrange
        var services = new ServiceCollection().AddPinStore(Configuration(new() { ["Pins:Provider"] = "Postgres" }));
        using var provider = services.BuildServiceProvider();

        // Act
        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        // Assert
        var error = Assert.Throws<OptionsValidationException>(act);
        Assert.Contains("Pins:ConnectionString is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPinStore_SqliteByDefault_KeepsReplaysToTheAdapters()
    {
        // Arrange
        var services = new ServiceCollection().AddPinStore(Configuration(new() { ["Pins:Path"] = _file.Path }));

        // Act
        using var provider = services.BuildServiceProvider();

        // Assert: the adapters register their in-memory guard (TryAdd) when the store does not share one.
        Assert.Null(provider.GetService<IReplayGuard>());
        Assert.Null(provider.GetService<ISharedReplayGuard>());
        Assert.IsType<SqlitePinStore>(provider.GetRequiredService<IPinnedAnswers>());
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
