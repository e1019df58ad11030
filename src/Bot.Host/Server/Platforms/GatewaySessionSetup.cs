using Bot.Discord;
using Bot.Store;
using Microsoft.Extensions.Options;

namespace Bot.Host.Server.Platforms;

/// <summary>Keeps Discord's Gateway session beside the pinboard, the bot's one folder of state that outlives a restart.</summary>
internal static class GatewaySessionSetup
{
    public static IServiceCollection AddGatewaySessionBesidePins(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().PostConfigure<IOptions<PinsOptions>>((discord, pins) =>
        {
            if (discord.GatewaySessionPath.Length == 0)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(pins.Value.Path)) ?? ".";
                discord.GatewaySessionPath = Path.Combine(folder, $"discord-gateway-session-{discord.ShardId}.json");
            }
        });
        return services;
    }
}
