using Bot.Discord.Commands;

namespace Bot.Host.Cli;

/// <summary>`discord register-commands [--guild ID]`: bulk-overwrites the bot's commands and prints them.</summary>
internal static class DiscordVerb
{
    public static async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        if (context.Line.Positional is not ["register-commands"])
        {
            await context.Error.WriteLineAsync("Usage: discord register-commands [--guild ID]");
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return await DiscordCommandRegistrar.RunAsync(configuration, context.Line.Option("--guild"), context.Output, context.Error, ct);
    }
}
