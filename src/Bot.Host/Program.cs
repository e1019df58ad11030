using System.Text;
using Bot.Host.Cli;
using Bot.Host.Server;
using Microsoft.Extensions.Options;

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
    // Settings are checked before the host starts, so that a wrong one is reported here, once, rather than also
    // logged by the host with a stack trace that says nothing more.
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    await app.RunAsync();
}
catch (Exception e) when (StartupFailure.ConfigurationProblems(e) is { Count: > 0 } problems)
{
    // A wrong or half-filled setting: one line per problem, each naming its key, and exit code 2. When another
    // program hosts this entry point (WebApplicationFactory in tests), the exception goes on so that it sees why.
    foreach (var problem in problems)
    {
        await Console.Error.WriteLineAsync($"Configuration error: {problem}");
    }

    if (System.Reflection.Assembly.GetEntryAssembly() != typeof(Program).Assembly)
    {
        throw;
    }

    return 2;
}

return 0;

/// <summary>The entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
