using System.Text;
using Bot.Host.Cli;
using Bot.Host.Server;

// One program: the command-line verbs, or the web server (verb `serve`, the default).
if (args.Length > 0 && CliRunner.Verbs.Contains(args[0]))
{
    Console.OutputEncoding = Encoding.UTF8;
    Console.InputEncoding = Encoding.UTF8;
    return await CliRunner.RunAsync(args, Console.In, Console.Out, Console.Error);
}

var app = BotServer.Build(args.Length > 0 && args[0] == "serve" ? args[1..] : args);
try
{
    await app.RunAsync();
}
catch (Exception e) when (StartupFailure.ConfigurationProblems(e) is { Count: > 0 } problems)
{
    // A wrong or half-filled setting: one line per problem, each naming its key, before the exception itself, which
    // goes on so that the exit code is non-zero and WebApplicationFactory sees why the host did not start.
    foreach (var problem in problems)
    {
        await Console.Error.WriteLineAsync($"Configuration error: {problem}");
    }

    throw;
}

return 0;

/// <summary>The entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
