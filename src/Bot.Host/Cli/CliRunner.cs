using Bot.Core.Articles;

namespace Bot.Host.Cli;

/// <summary>Runs the command-line verbs: ask, index, speakers, eval, pins, healthcheck. `serve` is the web host.</summary>
internal static class CliRunner
{
    public const string Usage = """
        Usage: Bot.Host [verb] [options]
          serve                               run the bot's web server (the default)
          ask [--format text|json|jsonl] "question"
                                              answer a question; jsonl reads one question per line from stdin
          index                               rebuild the index and print counts
          speakers                            list the people quoted, with roles and quote counts
          eval FILE [--attribution KEY] [--format text|json]
                                              score the bot on an eval set (see shared/eval/README.md)
          pins list [--channel ID] | pins export [--format json|csv]
          discord register-commands [--guild ID]
                                              register the bot's Discord commands (globally, or in one guild)
          healthcheck [--url U]               GET the server's /healthz; exit 0 when it answers 200
        Every verb takes --seeds DIR and --index DIR.
        """;

    public static readonly string[] Verbs = ["ask", "index", "speakers", "eval", "pins", "discord", "healthcheck", "help", "--help", "-h"];

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var verb = args[0];
        CommandLine line;
        try
        {
            line = CommandLine.Parse(args.Skip(1).ToList());
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync($"{verb}: {e.Message}");
            return 2;
        }

        var context = new CliContext(line, input, output, error);
        try
        {
            return verb switch
            {
                "ask" => await AskCommand.RunAsync(context, ct),
                "index" => IndexCommand.Run(context),
                "speakers" => SpeakersCommand.Run(context),
                "eval" => EvalCommand.Run(context),
                "pins" => await PinsVerb.RunAsync(context, args.Skip(1).ToArray(), ct),
                "discord" => await DiscordVerb.RunAsync(context, ct),
                "healthcheck" => await HealthCheckCommand.RunAsync(context, ct),
                _ => Help(output),
            };
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync($"{verb}: {e.Message}");
            return 2;
        }
        catch (SeedsUnavailableException e)
        {
            await error.WriteLineAsync(e.Message);
            foreach (var problem in e.Errors)
            {
                await error.WriteLineAsync($"  {problem}");
            }

            return 1;
        }
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return 0;
    }
}
