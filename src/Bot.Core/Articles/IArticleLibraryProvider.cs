namespace Bot.Core.Articles;

public interface IArticleLibraryProvider
{
    Task<ArticleLibrary> GetAsync(CancellationToken cancellationToken = default);
}
