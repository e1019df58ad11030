using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests;

/// <summary>A bot host whose articles sit behind a <see cref="GatedLibrary"/>, with every log line captured.</summary>
public sealed class LoadingHostFixture : IDisposable
{
    public LoadingHostFixture()
    {
        Factory.ConfigureServices = services =>
        {
            Gate = GatedLibrary.Install(services);
            services.AddSingleton<ILoggerProvider>(Logs);
        };
        _ = Factory.Server;
    }

    public DiscordBotFactory Factory { get; } = new();

    internal GatedLibrary Gate { get; private set; } = null!;

    internal LogCapture Logs { get; } = new();

    public void Dispose() => Factory.Dispose();
}
