using Bot.Core.Articles;
using Bot.Core.Pins;
using Bot.Host.Engine;

namespace Bot.Host.Cli;

/// <summary>`pins list|export`: opens the pin store (Pins:Path) and the seeds, then hands over to <see cref="PinsCommand"/>.</summary>
internal static class PinsVerb
{
    private static readonly string[] s_commonOptions = ["--seeds", "--index"];

    public static async Task<int> RunAsync(CliContext context, string[] words, CancellationToken ct)
    {
        await using var services = new ServiceCollection().AddPinStoreBesideSeeds(CliContext.Configuration, context.SeedsFolder).BuildServiceProvider();
        var store = services.GetRequiredService<IPinnedAnswers>();
        var library = SeedFolderLoader.Load(context.SeedsFolder).Library;
        return await PinsCommand.RunAsync(WithoutCommonOptions(words), store, library, context.Output, context.Error, ct);
    }

    /// <summary>The words for PinsCommand: --seeds and --index are every verb's, already read.</summary>
    private static string[] WithoutCommonOptions(string[] words)
    {
        var kept = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (s_commonOptions.Contains(words[i]))
            {
                i++;
                continue;
            }

            kept.Add(words[i]);
        }

        return [.. kept];
    }
}
