using Bot.Core.Pins;
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

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
