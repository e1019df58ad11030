using Bot.Core.Articles;
using Bot.Host.Startup;

namespace Bot.Host.Cli;

/// <summary>
/// Runs the command-line verbs. Whatever it does not understand (a verb, an option, a --format value, a missing value
/// or file) is refused with exit code 2 and the usage; 1 is a runtime failure; 0 means answered or refused.
/// </summary>
internal static class CliRunner
{
    public const string Usage = """
        Usage: Bot.Host [verb] [options]
          serve [--urls URLS]                 run the bot's web server (the default when no arguments are given)
          ask [--format text|json] "question" answer a question
          ask --format jsonl                  answer one question per line of standard input, one JSON line each
          index                               rebuild the index and print counts
          speakers                            list the people quoted, with roles and quote counts
          eval FILE [--attribution KEY] [--format text|json] [--min FIGURE=N]... [--max wrong_refusals=N]
                                              score the bot on an eval set (eval/README.md), and on an
                                              attribution key; exit 1 when a figure misses its floor
                                              (figures: top1, mrr, speaker, speaker_on_hits, correct_refusals, wrong_refusals,
                                              attribution)
          pins list [--channel ID] [--workspace ID] [--platform discord|slack] [--person NAME] [--limit N]
          pins export [--format json|csv]
          discord register-commands [--guild ID]
                                              register the bot's Discord commands (globally, or in one guild)
          healthcheck [--url U]               GET the server's /healthz; exit 0 when it answers 200
          help                                print this
        ask, index, eval take --semantic on|off. Every verb takes --seeds DIR and --index DIR.
        """;

    private static readonly string[] s_commonOptions = ["--seeds", "--index"];

    private static readonly Dictionary<string, CliVerb> s_verbs = new(StringComparer.Ordinal)
    {
        ["ask"] = new(["--format", "--semantic"], ["text", "json", "jsonl"], StartupNeeds.Index, (c, _, ct) => AskCommand.RunAsync(c, ct)),
        ["index"] = new(["--semantic"], [], StartupNeeds.Index, (c, _, _) => Task.FromResult(IndexCommand.Run(c))),
        ["speakers"] = new([], [], StartupNeeds.Configuration, (c, _, _) => Task.FromResult(SpeakersCommand.Run(c))),
        ["eval"] = new(["--format", "--semantic", "--min", "--max", "--attribution"], ["text", "json"], StartupNeeds.Index, (c, _, _) => Task.FromResult(EvalCommand.Run(c))),
        ["pins"] = new(["--format", "--channel", "--workspace", "--platform", "--person", "--limit"], ["json", "csv"], StartupNeeds.Pinboard, PinsVerb.RunAsync),
        ["discord"] = new(["--guild"], [], StartupNeeds.Configuration, (c, _, ct) => DiscordVerb.RunAsync(c, ct)),
        ["healthcheck"] = new(["--url"], [], StartupNeeds.Configuration, (c, _, ct) => HealthCheckCommand.RunAsync(c, ct)),
    };

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var name = args.Length == 0 ? "help" : args[0];
        if (name is "help" or "--help" or "-h")
        {
            await output.WriteLineAsync(Usage);
            return 0;
        }

        if (!s_verbs.TryGetValue(name, out var verb))
        {
            return UsageError(name, $"unknown verb '{name}'", error);
        }

        var words = args[1..];
        CommandLine line;
        try
        {
            line = CommandLine.Parse(words);
        }
        catch (ArgumentException e)
        {
            return UsageError(name, e.Message, error);
        }

        if (Misunderstood(line, verb) is { } problem)
        {
            return UsageError(name, problem, error);
        }

        var context = new CliContext(line, input, output, error);
        var problems = StartupCheck.Problems(CliContext.Configuration, verb.Needs, () => context.Folders);
        if (problems.Count > 0)
        {
            return StartupCheck.Report(problems, error);
        }

        try
        {
            return await verb.Run(context, words, ct);
        }
        catch (ArgumentException e)
        {
            return UsageError(name, e.Message, error);
        }
        catch (SeedsUnavailableException e)
        {
            return StartupCheck.Report(StartupCheck.SeedsProblems(e).ToList(), error);
        }
    }

    /// <summary>Prints "verb: problem" and the usage to standard error; returns exit code 2.</summary>
    public static int UsageError(string verb, string problem, TextWriter error)
    {
        error.WriteLine($"{verb}: {problem}");
        error.WriteLine(Usage);
        return 2;
    }

    /// <summary>An option the verb does not take, a --format or --semantic value it does not know; else null.</summary>
    private static string? Misunderstood(CommandLine line, CliVerb verb)
    {
        if (line.Unknown([.. s_commonOptions, .. verb.Options]).FirstOrDefault() is { } unknown)
        {
            return $"unknown option {unknown}";
        }

        if (line.Option("--format") is { } format && !verb.Formats.Contains(format))
        {
            return $"unknown --format '{format}' ({string.Join(", ", verb.Formats)})";
        }

        return line.Option("--semantic") is { } semantic && semantic is not ("on" or "off")
            ? $"--semantic takes on or off, not '{semantic}'"
            : null;
    }
}
