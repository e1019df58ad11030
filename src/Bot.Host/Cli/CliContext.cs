using Bot.Host.Engine;
using Microsoft.Extensions.Configuration;

namespace Bot.Host.Cli;

/// <summary>What every verb gets: its parsed words, the console, and the seeds, index and pinboard locations.</summary>
internal sealed class CliContext(CommandLine line, TextReader input, TextWriter output, TextWriter error)
{
    public CommandLine Line => line;

    public TextReader Input => input;

    public TextWriter Output => output;

    public TextWriter Error => error;

    /// <summary>--seeds and --index, else Articles:Path and Articles:IndexPath, else "seeds" and "index" beside it.</summary>
    public ContentFolders Folders => ContentFolders.From(Configuration, line.Option("--seeds"), line.Option("--index"));

    public string SeedsFolder => Folders.Seeds;

    public string IndexFolder => Folders.Index;

    public static IConfiguration Configuration { get; } = new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>
    /// --semantic on|off (checked by <see cref="CliRunner"/>), else Search:Semantic (checked by the start-up check),
    /// else on.
    /// </summary>
    public bool Semantic => line.Option("--semantic") is { } flag
        ? flag == "on"
        : Configuration.GetValue($"{SearchOptions.Section}:Semantic", new SearchOptions().Semantic);

    /// <summary>
    /// Bold only where a person reads a terminal that shows it: output not redirected, TERM not "dumb", and NO_COLOR
    /// (https://no-color.org) unset.
    /// </summary>
    public bool SupportsBold => ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("TERM") is { Length: > 0 } term && term != "dumb"
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>Loads the engine, with rebuild and skipped-article lines on standard error.</summary>
    public BotEngine LoadEngine() => BotEngine.Load(SeedsFolder, IndexFolder, Semantic, message => error.WriteLine(message));
}
