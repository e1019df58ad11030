using System.Diagnostics;
using System.Net;
using Bot.Testing;

namespace Bot.Host.Tests;

/// <summary>
/// What CI can check of the container without a Docker engine: the Dockerfile's own `dotnet publish`, then the
/// published program answering `ask` and serving /healthz on loopback, and the HEALTHCHECK verb seeing it.
/// </summary>
[Collection(PublishedProgramCollection.Name)]
[Trait("Category", "Publish")]
public sealed class PublishedProgramTests(PublishedApp app) : IClassFixture<PublishedApp>, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task I_can_publish_the_program_as_the_Dockerfile_does_and_ask_it_and_check_its_health()
    {
        // Arrange: the program published as the Dockerfile does (PublishedApp).
        var publish = app.Folder;
        var watch = Stopwatch.StartNew();
        var dll = app.Dll;
        var index = Path.Combine(_temp.Path, "index");

        // Act: the CLI.
        var (askCode, answer) = await ChildProcess.RunAsync(publish, TimeSpan.FromSeconds(60),
            dll, "ask", "what did mantilla tell al jazeera about the crisis?", "--seeds", RepoPaths.Seeds, "--index", index);

        // Assert
        Assert.True(askCode == 0, answer);
        Assert.Contains("— Jorge Mantilla", answer, StringComparison.Ordinal);
        Assert.Contains("¶38", answer, StringComparison.Ordinal);

        // Act: the server on a free loopback port, and the container's health check against it.
        var port = LoopbackHttp.FreePort();
        var url = $"http://127.0.0.1:{port}";
        var environment = new Dictionary<string, string>
        {
            ["Articles__Path"] = RepoPaths.Seeds,
            ["Articles__IndexPath"] = index,
            ["Pins__Path"] = Path.Combine(_temp.Path, "data", "pins.db"),
        };
        using var server = ChildProcess.Start(publish, environment, dll, "serve", "--urls", url);
        var health = await LoopbackHttp.WaitForAsync(new Uri(url + "/healthz"), TimeSpan.FromSeconds(30));
        var (checkCode, checkOutput) = await ChildProcess.RunAsync(publish, TimeSpan.FromSeconds(30), dll, "healthcheck", "--url", url + "/healthz");

        // Assert
        Assert.True(health == HttpStatusCode.OK, $"/healthz answered {health}:\n{server.Output}");
        Assert.True(checkCode == 0, checkOutput);
        Assert.Contains("Enabled: http ask, metrics; discord: off; slack: off", server.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(publish, "appsettings.json")), "appsettings.json is published beside the program");
        Console.WriteLine($"publish {app.PublishTime.TotalSeconds:0.0} s, ask + serve {watch.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_lexical_only_server_never_loads_the_semantic_model_or_ONNX_Runtime()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // what a process has mapped is read from /proc
        }

        // Arrange: the published program, and a semantic and a lexical-only server over one index.
        var publish = app.Folder;
        var dll = app.Dll;
        var index = Path.Combine(_temp.Path, "index");
        var (indexCode, indexOutput) = await ChildProcess.RunAsync(publish, TimeSpan.FromSeconds(60), dll, "index", "--seeds", RepoPaths.Seeds, "--index", index);
        Assert.True(indexCode == 0, indexOutput);

        // Act: each server answers a question, then what it has mapped is read.
        var semantic = await MappedAfterAnAnswerAsync(publish, dll, index, semantic: true);
        var lexical = await MappedAfterAnAnswerAsync(publish, dll, index, semantic: false);

        // Assert: the check sees the model's code where it is loaded, and none of it in the lean server.
        string[] semanticOnly = ["Bot.Semantic.dll", "libonnxruntime", "Microsoft.ML.OnnxRuntime", "SentenceTransformers"];
        Assert.Contains(semantic, m => m.Contains("libonnxruntime", StringComparison.Ordinal));
        Assert.DoesNotContain(lexical, m => semanticOnly.Any(s => m.Contains(s, StringComparison.Ordinal)));
    }

    /// <summary>Starts the server, waits until it has loaded the engine, asks it one question and lists its mapped files.</summary>
    private async Task<IReadOnlyList<string>> MappedAfterAnAnswerAsync(string publish, string dll, string index, bool semantic)
    {
        var url = $"http://127.0.0.1:{LoopbackHttp.FreePort()}";
        var environment = new Dictionary<string, string>
        {
            ["Articles__Path"] = RepoPaths.Seeds,
            ["Articles__IndexPath"] = index,
            ["Pins__Path"] = Path.Combine(_temp.Path, $"pins-{semantic}.db"),
            ["Search__Semantic"] = semantic ? "true" : "false",
        };
        using var server = ChildProcess.Start(publish, environment, dll, "serve", "--urls", url);
        var ready = await LoopbackHttp.WaitForAsync(new Uri(url + "/readyz"), TimeSpan.FromSeconds(60), untilOk: true);
        Assert.True(ready == HttpStatusCode.OK, $"/readyz answered {ready}:\n{server.Output}");
        using var http = new HttpClient();
        using var answer = await http.GetAsync(new Uri(url + "/api/ask?q=what%20did%20mantilla%20say"));
        Assert.True(answer.StatusCode == HttpStatusCode.OK, server.Output);
        return [.. File.ReadLines($"/proc/{server.Id}/maps").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 5).Select(p => p[5]).Distinct()];
    }
}
