using System.Text;
using Bot.Core.Pins;
using Bot.Host.Cli;
using Bot.Host.Engine;
using Bot.Host.Server;
using Bot.Host.Startup;
using Microsoft.Extensions.Options;

// One program: the web server (verb `serve`, the default when there are no arguments at all), or a CLI verb. Anything
// else, a mistyped verb included, is a CLI usage error rather than a server started by accident. When another program
// hosts this entry point (WebApplicationFactory in tests), it passes host arguments and wants the server.
var hosted = System.Reflection.Assembly.GetEntryAssembly() != typeof(Program).Assembly;
if (!hosted && args.Length > 0 && args[0] != "serve")
{
    Console.OutputEncoding = Encoding.UTF8;
    Console.InputEncoding = Encoding.UTF8;
    return await CliRunner.RunAsync(args, Console.In, Console.Out, Console.Error);
}

var serveArgs = args.Length > 0 && args[0] == "serve" ? args[1..] : args;
if (!hosted && ServeArguments.Problem(serveArgs) is { } usage)
{
    return CliRunner.UsageError("serve", usage, Console.Error);
}

var server = BotServer.CreateBuilder(serveArgs);

// Everything is checked before the host starts, so that nothing is created (index, model, pinboard) when something
// is wrong, and each problem is said once in plain words rather than logged by the host with a stack trace. A hosting
// program (tests) gets the host's own option validation instead, as exceptions it can inspect.
if (!hosted)
{
    var problems = StartupCheck.Problems(
        server.Configuration, StartupNeeds.Seeds | StartupNeeds.Index | StartupNeeds.Pinboard, () => ContentFolders.From(server.Configuration));
    if (problems.Count > 0)
    {
        return StartupCheck.Report(problems, Console.Error);
    }
}

var app = BotServer.Build(server);
try
{
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    await app.RunAsync();
}
catch (Exception e) when (StartupFailure.ConfigurationProblems(e) is { Count: > 0 } configuration)
{
    // A backstop for a rule the start-up check does not know (an adapter's own validation): one line per problem,
    // naming its key, and exit code 2. When another program hosts this entry point (WebApplicationFactory in tests),
    // the exception goes on so that it sees why.
    StartupCheck.Report(configuration.Select(p => $"Configuration error: {p}").ToList(), Console.Error);
    if (hosted)
    {
        throw;
    }

    return StartupCheck.ExitCode;
}
catch (PinStoreUnavailableException e) when (!hosted)
{
    // A pinboard file that SQLite opens but that is not a healthy pin store.
    return StartupCheck.Report([e.Message], Console.Error);
}

// 1 when the engine failed to load after the start-up check passed (a runtime failure, logged by the loader).
return Environment.ExitCode;

/// <summary>The entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
