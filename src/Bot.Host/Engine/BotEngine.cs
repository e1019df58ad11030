using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Search;

namespace Bot.Host.Engine;

/// <summary>The loaded articles, their index and the answer service over them: built once per process.</summary>
internal sealed class BotEngine(SeedFolderLoader.Result seeds, IndexOpenResult index) : IDisposable
{
    public ArticleLibrary Library => seeds.Library;

    public IReadOnlyList<ArticleLoadError> LoadErrors => seeds.Errors;

    public IndexOpenResult IndexResult => index;

    public AnswerService Answers { get; } = new(seeds.Library, index.Index);

    /// <summary>Loads the seeds and opens (or rebuilds) the index.</summary>
    public static BotEngine Load(string seedsFolder, string indexFolder, Action<string> log)
    {
        var seeds = SeedFolderLoader.Load(seedsFolder);
        foreach (var error in seeds.Errors)
        {
            log($"Skipped an article: {error}");
        }

        var index = PassageIndexStore.OpenOrBuild(indexFolder, seeds.Library, log);
        return new BotEngine(seeds, index);
    }

    public void Dispose() => index.Index.Dispose();
}
