using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Bot.Testing;

namespace Bot.Host.Tests;

/// <summary>
/// What CI can check of the container without a Docker engine: the Dockerfile's own `dotnet publish`, then the
/// published program answering `ask` and serving /healthz on loopback, and the HEALTHCHECK verb seeing it.
/// </summary>
[Collection(PublishedProgramCollection.Name)]
[Trait("Category", "Publish")]
public sealed class PublishedProgramTests : IDisposable
{
    private static readonly TimeSpan s_publishTimeout = TimeSpan.FromMinutes(4);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task I_can_publish_the_program_as_the_Dockerfile_does_and_ask_it_and_check_its_health()
    {
        // Arrange: the Dockerfile's publish command (plus flags that keep no build server alive after the test).
        var publish = Path.Combine(_temp.Path, "app");
        var watch = Stopwatch.StartNew();
        var (publishCode, publishOutput) = await ChildProcess.RunAsync(RepoPaths.Root, s_publishTimeout,
            "publish", "src/Bot.Host", "-c", "Release", "--no-restore", "-o", publish,
            "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Assert.True(publishCode == 0, publishOutput);
        var published = watch.Elapsed;
        var dll = Path.Combine(publish, "Bot.Host.dll");
        var index = Path.Combine(_temp.Path, "index");

        // Act: the CLI.
        var (askCode, answer) = await ChildProcess.RunAsync(publish, TimeSpan.FromSeconds(60),
            dll, "ask", "what did mantilla tell al jazeera about the crisis?", "--seeds", RepoPaths.Seeds, "--index", index);

        // Assert
        Assert.True(askCode == 0, answer);
        Assert.Contains("— Jorge Mantilla", answer, StringComparison.Ordinal);
        Assert.Contains("¶38", answer, StringComparison.Ordinal);

        // Act: the server on a free loopback port, and the container's health check against it.
        var port = FreeLoopbackPort();
        var url = $"http://127.0.0.1:{port}";
        var environment = new Dictionary<string, string>
        {
            ["Articles__Path"] = RepoPaths.Seeds,
            ["Articles__IndexPath"] = index,
            ["Pins__Path"] = Path.Combine(_temp.Path, "data", "pins.db"),
        };
        using var server = ChildProcess.Start(publish, environment, dll, "--urls", url);
        var health = await WaitForHealthAsync(new Uri(url + "/healthz"), TimeSpan.FromSeconds(30));
        var (checkCode, checkOutput) = await ChildProcess.RunAsync(publish, TimeSpan.FromSeconds(30), dll, "healthcheck", "--url", url + "/healthz");

        // Assert
        Assert.True(health == HttpStatusCode.OK, $"/healthz answered {health}:\n{server.Output}");
        Assert.True(checkCode == 0, checkOutput);
        Assert.Contains("Enabled: http ask, metrics; discord: off; slack: off", server.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(publish, "appsettings.json")), "appsettings.json is published beside the program");
        Console.WriteLine($"publish {published.TotalSeconds:0.0} s, publish + ask + serve {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<HttpStatusCode?> WaitForHealthAsync(Uri health, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync(health);
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        return null;
    }
}
