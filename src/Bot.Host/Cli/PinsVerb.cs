namespace Bot.Host.Cli;

/// <summary>`pins list|export`: the pinboard, once the pin store exists.</summary>
internal static class PinsVerb
{
    public static async Task<int> RunAsync(CliContext context, string[] words, CancellationToken ct)
    {
        _ = words;
        _ = ct;
        await context.Error.WriteLineAsync("pins: the pinboard is not built yet.");
        return 2;
    }
}
