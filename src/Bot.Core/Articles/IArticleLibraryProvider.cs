namespace Bot.Core.Articles;

/// <summary>The articles the bot answers from, once they have loaded: what adapters use to list people and context.</summary>
public interface IArticleLibraryProvider
{
    /// <summary>The library; the task completes when the articles have loaded (at once after start-up).</summary>
    Task<ArticleLibrary> GetAsync(CancellationToken cancellationToken = default);
}
