using Bot.Core.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Discord.Gateway;

/// <summary>Registers the Gateway client beside the interaction handlers it feeds.</summary>
internal static class DiscordGatewaySetup
{
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services)
    {
        services.TryAddSingleton<GatewayJitter>();
        services.AddSingleton<GatewaySession>();
        services.AddSingleton<GatewayIdentifyLimiter>();
        services.AddSingleton<GatewaySessionFile>();
        services.AddSingleton<DiscordGatewayStatus>();
        services.AddSingleton<ILiveConnection>(sp => sp.GetRequiredService<DiscordGatewayStatus>());
        services.AddSingleton<DiscordGatewayDispatcher>();
        services.AddScoped<DiscordMentionHandler>();
        services.AddScoped<DiscordGatewayInteractions>();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }
}
