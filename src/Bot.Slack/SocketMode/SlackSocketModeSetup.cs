using Bot.Core.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Slack.SocketMode;

/// <summary>Registers Socket Mode beside the handlers it feeds.</summary>
internal static class SlackSocketModeSetup
{
    public static IServiceCollection AddSlackSocketMode(this IServiceCollection services)
    {
        services.AddHttpClient<SlackSocketModeClient>((sp, http) =>
            http.BaseAddress = SlackAdapterSetup.WithTrailingSlash(sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl));
        services.AddSingleton<SlackSocketModeDispatcher>();
        services.AddSingleton<SlackSocketModeStatus>();
        services.AddSingleton<ILiveConnection>(sp => sp.GetRequiredService<SlackSocketModeStatus>());
        services.AddHostedService<SlackSocketModeService>();
        return services;
    }
}
