using Bot.Core.Articles;

namespace Bot.Host.Server;

/// <summary>The engine's article library for the adapters: waits for the engine to load.</summary>
internal sealed class EngineLibraryProvider(EngineHolder holder) : IArticleLibraryProvider
{
    public async Task<ArticleLibrary> GetAsync(CancellationToken cancellationToken = default)
    {
        var engine = await holder.Loaded.WaitAsync(cancellationToken);
        return engine.Library;
    }
}
