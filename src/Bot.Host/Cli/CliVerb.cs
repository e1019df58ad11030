using Bot.Host.Startup;

namespace Bot.Host.Cli;

/// <summary>
/// A verb: the options it takes besides --seeds and --index, the --format values it prints (none: it takes no
/// --format), what it uses (checked before it runs), and the code that runs it with the words after the verb.
/// </summary>
internal sealed record CliVerb(
    string[] Options,
    string[] Formats,
    StartupNeeds Needs,
    Func<CliContext, string[], CancellationToken, Task<int>> Run);
