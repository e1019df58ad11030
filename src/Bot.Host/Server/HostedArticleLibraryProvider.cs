using Bot.Core.Articles;

namespace Bot.Host.Server;

/// <summary>The library of the engine loaded in the background: completes when the engine has loaded.</summary>
internal sealed class HostedArticleLibraryProvider(EngineHolder holder) : IArticleLibraryProvider
{
    public Task<ArticleLibrary> GetAsync(CancellationToken cancellationToken = default) =>
        holder.Current is { } engine
            ? Task.FromResult(engine.Library)
            : LoadedAsync(cancellationToken);

    private async Task<ArticleLibrary> LoadedAsync(CancellationToken cancellationToken) =>
        (await holder.Loaded.WaitAsync(cancellationToken)).Library;
}
