using System.Diagnostics;
using Bot.Core.Articles;
using Bot.Search;

namespace Bot.Host.Cli;

/// <summary>`index`: rebuilds the index from the seeds and prints counts and the time taken.</summary>
internal static class IndexCommand
{
    public static int Run(CliContext context)
    {
        var stopwatch = Stopwatch.StartNew();
        var seeds = SeedFolderLoader.Load(context.SeedsFolder);
        foreach (var error in seeds.Errors)
        {
            context.Error.WriteLine($"Skipped an article: {error}");
        }

        var library = seeds.Library;
        using (var encoder = context.Semantic ? new Bot.Semantic.MiniLmTextEncoder(Engine.BotEngine.ModelFolder(context.IndexFolder), Environment.ProcessorCount) : null)
        {
            PassageIndexStore.Build(context.IndexFolder, library, encoder);
        }

        var paragraphs = library.AllParagraphs.ToList();
        context.Output.WriteLine($"Indexed {library.Articles.Count} article(s), {paragraphs.Count} paragraphs, "
            + $"{paragraphs.Count(p => p.Kind == ParagraphKind.Quote)} quotes, {library.People.Count} speakers "
            + $"into {context.IndexFolder} (semantic {(context.Semantic ? "on" : "off")}) in {stopwatch.Elapsed.TotalSeconds:0.00} s.");
        return 0;
    }
}
