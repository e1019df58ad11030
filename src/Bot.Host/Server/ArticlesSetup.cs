using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Host.Engine;

namespace Bot.Host.Server;

/// <summary>Registers the articles, their index (loaded in the background) and the answer service over them.</summary>
internal static class ArticlesSetup
{
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddOptions<ArticlesOptions>()
            .BindConfiguration(ArticlesOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<EngineHolder>();
        services.AddHostedService<EngineLoaderService>();
        services.AddSingleton<IAnswerService, HostedAnswerService>();
        services.AddSingleton<IArticleLibraryProvider, HostedArticleLibraryProvider>();
        return services;
    }
}
