using Bot.Core.Pins;
using Bot.Core.Replays;
using Bot.Slack.Api;
using Bot.Slack.Handling;
using Bot.Slack.Requests;
using Bot.Slack.SocketMode;
using Bot.Slack.Work;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Slack;

/// <summary>Registers the Slack adapter: options, the Web API client, the work queue and the handlers.</summary>
public static class SlackAdapterSetup
{
    /// <summary>
    /// Adds Slack when <c>Slack:SigningSecret</c> or <c>Slack:AppToken</c> is set (returns false and adds nothing
    /// otherwise); the app token adds Socket Mode. The section is
    /// validated at start-up, so a half-filled one stops the host with a message naming the missing key. The host also
    /// registers <see cref="Bot.Core.Answering.IAnswerService"/>, <see cref="Bot.Core.Articles.IArticleLibraryProvider"/>
    /// and the pinboard's <see cref="Bot.Core.Pins.IPinnedAnswers"/>.
    /// </summary>
    public static bool AddSlackAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var socketMode = !string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.Section}:{nameof(SlackOptions.AppToken)}"]);
        if (!socketMode && string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.Section}:{nameof(SlackOptions.SigningSecret)}"]))
        {
            return false;
        }

        services.AddOptions<SlackOptions>()
            .Bind(configuration.GetSection(SlackOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.ApiBaseUrl.IsAbsoluteUri, "Slack:ApiBaseUrl must be an absolute URL.")
            .Validate(o => o.HasHttpEndpoints || o.HasSocketMode, "Slack:SigningSecret must be set (or Slack:AppToken for Socket Mode).")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.TryAddSingleton<PinKeyLocks>();
        services.TryAddSingleton<IReplayGuard>(sp => new MemoryReplayGuard(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton(sp => new SlackEventDeduplicator(sp.GetRequiredService<TimeProvider>(), sp.GetService<ISharedReplayGuard>()));
        services.AddSingleton<SlackWorkQueue>();
        services.AddHostedService<SlackWorker>();
        services.AddHostedService<SlackJournalRecovery>();

        services.AddTransient<SlackBearerTokenHandler>();
        services.AddTransient<SlackRateLimitHandler>();
        services.AddHttpClient<SlackApiClient>((sp, http) => http.BaseAddress = WithTrailingSlash(sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl))
            .AddHttpMessageHandler<SlackBearerTokenHandler>()
            .AddHttpMessageHandler<SlackRateLimitHandler>();
        services.AddHttpClient<SlackResponseClient>()
            .AddHttpMessageHandler<SlackRateLimitHandler>();

        services.AddScoped<SlackModeratorPolicy>();
        services.AddScoped<SlackAskHandler>();
        services.AddScoped<SlackPinHandler>();
        if (socketMode)
        {
            services.AddSlackSocketMode();
        }

        return true;
    }

    /// <summary>Method names are relative ("chat.postMessage"), so the base must end in "/".</summary>
    internal static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
