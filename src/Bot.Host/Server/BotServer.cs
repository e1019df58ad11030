using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Discord;
using Bot.Host.Engine;
using Bot.Slack;
using Bot.Store;

namespace Bot.Host.Server;

/// <summary>Builds the web host: configuration, the engine, and each platform's endpoints.</summary>
internal static class BotServer
{
    private const string DefaultUrls = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.Services.AddArticles();
        var discord = builder.Services.AddDiscordAdapter(builder.Configuration);
        builder.Services.AddPinStore(builder.Configuration);
        var slack = builder.Services.AddSlackAdapter(builder.Configuration);
        var app = builder.Build();
        app.MapCoreEndpoints();
        if (discord)
        {
            app.MapDiscordEndpoints();
        }

        if (slack)
        {
            app.MapSlackEndpoints();
        }

        return app;
    }

    /// <summary>The articles, their index (loaded in the background) and the answer service over them.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddOptions<ArticlesOptions>()
            .BindConfiguration(ArticlesOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section);
        services.AddSingleton<EngineHolder>();
        services.AddHostedService<EngineLoaderService>();
        services.AddSingleton<IAnswerService, HostedAnswerService>();
        services.AddSingleton<IArticleLibraryProvider, HostedArticleLibraryProvider>();
        return services;
    }
}
