using Bot.Discord;
using Bot.Host.Engine;
using Bot.Host.Server.Logging;
using Bot.Host.Server.Metrics;
using Bot.Host.Server.Platforms;
using Bot.Host.Server.RateLimiting;
using Bot.Slack;

namespace Bot.Host.Server;

/// <summary>Builds the web host: configuration, the engine, operations, and each platform's endpoints.</summary>
internal static class BotServer
{
    private const string DefaultUrls = "http://127.0.0.1:5080";

    private static readonly Dictionary<string, string> s_verbOptions = new(StringComparer.Ordinal)
    {
        ["--seeds"] = $"{ArticlesOptions.Section}:Path",
        ["--index"] = $"{ArticlesOptions.Section}:IndexPath",
    };

    /// <summary>
    /// The chat platforms, one line each: the Add method returns false when its section is absent, and the
    /// platform stays off.
    /// </summary>
    private static readonly PlatformRegistration[] s_platforms =
    [
        new("discord", (s, c) => s.AddDiscordAdapter(c), app => app.MapDiscordEndpoints()),
        new("slack", (s, c) => s.AddSlackAdapter(c), app => app.MapSlackEndpoints()),
    ];

    public static WebApplication Build(string[] args)
    {
        // The slim builder leaves out what a chat bot does not use and would otherwise load and keep resident: IIS
        // integration, HTTP/3 (QUIC), regex route constraints, the Debug and EventSource log providers. HTTPS endpoints
        // from the Kestrel configuration section still work (UseKestrelHttpsConfiguration).
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = DefaultContentRoot(args) });
        builder.WebHost.UseKestrelHttpsConfiguration();

        // `serve --seeds DIR --index DIR` means what it means for every other verb.
        builder.Configuration.AddCommandLine(args, s_verbOptions);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.Logging.AddBotLogging();
        builder.Services.AddGracefulShutdown();
        builder.Services.AddArticles();
        builder.Services.AddPinStoreBesideSeeds(builder.Configuration, ContentPaths.ResolveSeeds(builder.Configuration[$"{ArticlesOptions.Section}:Path"] ?? "seeds"));
        builder.Services.AddQuestionRateLimit();
        builder.Services.AddAnswerMetrics();
        var enabled = builder.Services.AddPlatforms(builder.Configuration, s_platforms);

        var app = builder.Build();
        app.UsePlatformBodyLimit();
        app.MapCoreEndpoints();
        app.MapMetricsEndpoint();
        app.MapPlatforms(s_platforms, enabled);
        return app;
    }

    /// <summary>
    /// appsettings.json sits beside the program, and `dotnet run --project src/Bot.Host` runs from the repository
    /// root, so the content root is the program's folder unless --contentRoot or ASPNETCORE_CONTENTROOT says otherwise.
    /// </summary>
    private static string? DefaultContentRoot(string[] args) =>
        args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
        || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null
        || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is not null
            ? null
            : AppContext.BaseDirectory;
}
