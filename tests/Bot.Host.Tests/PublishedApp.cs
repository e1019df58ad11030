using System.Diagnostics;
using Bot.Testing;

namespace Bot.Host.Tests;

/// <summary>The program published once, as the Dockerfile publishes it, for the tests that run it.</summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private static readonly TimeSpan s_publishTimeout = TimeSpan.FromMinutes(4);
    private readonly TempFolder _temp = new();

    /// <summary>The publish folder.</summary>
    public string Folder => Path.Combine(_temp.Path, "app");

    /// <summary>The program in it.</summary>
    public string Dll => Path.Combine(Folder, "Bot.Host.dll");

    /// <summary>How long the publish took.</summary>
    public TimeSpan PublishTime { get; private set; }

    public async Task InitializeAsync()
    {
        // The Dockerfile's publish command (plus flags that keep no build server alive after the test).
        var watch = Stopwatch.StartNew();
        var (code, output) = await ChildProcess.RunAsync(RepoPaths.Root, s_publishTimeout,
            "publish", "src/Bot.Host", "-c", "Release", "--no-restore", "-o", Folder,
            "-nodeReuse:false", "-p:UseSharedCompilation=false");
        PublishTime = watch.Elapsed;
        if (code != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({code}):\n{output}");
        }
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
