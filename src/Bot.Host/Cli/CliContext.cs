using Bot.Host.Engine;
using Microsoft.Extensions.Configuration;

namespace Bot.Host.Cli;

/// <summary>What every verb gets: its parsed words, the console, and the seeds and index folders.</summary>
internal sealed class CliContext(CommandLine line, TextReader input, TextWriter output, TextWriter error)
{
    public CommandLine Line => line;

    public TextReader Input => input;

    public TextWriter Output => output;

    public TextWriter Error => error;

    /// <summary>The seeds folder: --seeds, else Articles:Path from appsettings or the environment, else "seeds".</summary>
    public string SeedsFolder => ContentPaths.ResolveSeeds(line.Option("--seeds") ?? Configuration[$"{ArticlesOptions.Section}:Path"] ?? "seeds");

    /// <summary>The index folder: --index, else Articles:IndexPath, else "index" beside the seeds.</summary>
    public string IndexFolder => ContentPaths.ResolveIndex(line.Option("--index") ?? Configuration[$"{ArticlesOptions.Section}:IndexPath"] ?? "index", SeedsFolder);

    public static IConfiguration Configuration { get; } = new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>--semantic on|off, else Search:Semantic, else on.</summary>
    public bool Semantic => (line.Option("--semantic") ?? Configuration[$"{SearchOptions.Section}:Semantic"]) switch
    {
        null => new SearchOptions().Semantic,
        "on" or "true" => true,
        "off" or "false" => false,
        var other => throw new ArgumentException($"--semantic takes on or off, not '{other}'"),
    };

    /// <summary>Loads the engine, with rebuild and skipped-article lines on standard error.</summary>
    public BotEngine LoadEngine() => BotEngine.Load(SeedsFolder, IndexFolder, Semantic, message => error.WriteLine(message));
}
