using Bot.Testing;

namespace Bot.Host.Tests;

/// <summary>
/// The built program run as a person runs it (`dotnet Bot.Host.dll …`), in a temporary working folder holding a copy of
/// the seeds, so that tests can check what it prints, its exit code, and that it created nothing.
/// </summary>
internal sealed class ProgramRun : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    public ProgramRun()
    {
        Directory.CreateDirectory(Seeds);
        File.Copy(RepoPaths.SeedArticle, Path.Combine(Seeds, Path.GetFileName(RepoPaths.SeedArticle)));
    }

    public TempFolder Folder { get; } = new();

    /// <summary>A copy of the repository's seeds, at "seeds" in the working folder (the default Articles:Path).</summary>
    public string Seeds => Path.Combine(Folder.Path, "seeds");

    /// <summary>Runs the program with extra environment variables; returns the exit code and the output lines.</summary>
    public async Task<(int Code, IReadOnlyList<string> Lines)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll");
        var (code, output) = await ChildProcess.RunAsync(Folder.Path, environment, s_timeout, [program, .. args]);
        return (code, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>What is in the working folder besides the seeds (nothing, after a refused start).</summary>
    public IReadOnlyList<string> Created() =>
        [.. Directory.EnumerateFileSystemEntries(Folder.Path).Select(Path.GetFileName).Where(n => n != "seeds").Order(StringComparer.Ordinal)!];

    public void Dispose() => Folder.Dispose();
}
