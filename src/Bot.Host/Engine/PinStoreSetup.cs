using Bot.Store;

namespace Bot.Host.Engine;

/// <summary>The pinboard, with a relative Pins:Path resolved beside the seeds folder.</summary>
internal static class PinStoreSetup
{
    public static IServiceCollection AddPinStoreBesideSeeds(this IServiceCollection services, IConfiguration configuration, string seedsFolder)
    {
        services.AddPinStore(configuration);
        services.PostConfigure<PinsOptions>(o => o.Path = ContentPaths.ResolveBesideSeeds(o.Path, seedsFolder));
        return services;
    }
}
