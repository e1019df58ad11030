using System.Runtime.CompilerServices;
using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Search;
using Bot.Semantic;

namespace Bot.Host.Engine;

/// <summary>The loaded articles, their index and the answer service over them: built once per process.</summary>
internal sealed class BotEngine(SeedFolderLoader.Result seeds, IndexOpenResult index, ITextEncoder? encoder) : IDisposable
{
    public ArticleLibrary Library => seeds.Library;

    public IReadOnlyList<ArticleLoadError> LoadErrors => seeds.Errors;

    public IndexOpenResult IndexResult => index;

    public AnswerService Answers { get; } = new(seeds.Library, index.Index, index.Index.IsSemantic ? RankingOptions.Semantic : RankingOptions.Lexical);

    /// <summary>Loads the seeds and opens (or rebuilds) the index, with the semantic signal when asked for.</summary>
    public static BotEngine Load(string seedsFolder, string indexFolder, bool semantic, Action<string> log) =>
        Load(seedsFolder, indexFolder, new SearchOptions { Semantic = semantic }, log);

    /// <summary>Loads the seeds and opens (or rebuilds) the index as <paramref name="search"/> says.</summary>
    public static BotEngine Load(string seedsFolder, string indexFolder, SearchOptions search, Action<string> log)
    {
        var seeds = SeedFolderLoader.Load(seedsFolder);
        foreach (var error in seeds.Errors)
        {
            log($"Skipped an article: {error}");
        }

        var encoder = search.Semantic ? LoadEncoder(indexFolder, search) : null;
        try
        {
            var index = PassageIndexStore.OpenOrBuild(indexFolder, seeds.Library, log, encoder);
            return new BotEngine(seeds, index, encoder);
        }
        catch
        {
            (encoder as IDisposable)?.Dispose();
            throw;
        }
    }

    /// <summary>The model is extracted beside the index, so it is built with it and rebuildable like it.</summary>
    public static string ModelFolder(string indexFolder) => Path.Combine(indexFolder, "model");

    public void Dispose()
    {
        index.Index.Dispose();
        (encoder as IDisposable)?.Dispose();
    }

    /// <summary>
    /// The encoder, in a method of its own that is never inlined: only calling it loads Bot.Semantic and, through it,
    /// ONNX Runtime, so a lexical-only process never maps them (README, "Speed and memory").
    /// Questions asked together share one encoder run (README, "Speed and memory").
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ITextEncoder LoadEncoder(string indexFolder, SearchOptions search)
    {
        // A question blocks its thread while its batch runs: a full batch needs that many threads at once, without
        // waiting for the thread pool's slow growth (the batcher's waits do not make it add threads: see there).
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + search.Runs * search.MaxBatchSize), io);

        // All cores for one inference by default: a question waits ~4 ms instead of ~7 ms on two cores.
        return new BatchingTextEncoder(new MiniLmTextEncoder(ModelFolder(indexFolder), search.Threads), search.BatchWindow, search.MaxBatchSize, search.Runs);
    }
}
