using Bot.Store;

namespace Bot.Host.Engine;

/// <summary>Where the seeds, the index and the pinboard are, from the configuration and a verb's --seeds / --index.</summary>
internal sealed record ContentFolders(string Seeds, string Index, string Pins)
{
    public static ContentFolders From(IConfiguration configuration, string? seeds = null, string? index = null)
    {
        var defaults = new ArticlesOptions();
        var seedsFolder = ContentPaths.ResolveSeeds(seeds ?? configuration[$"{ArticlesOptions.Section}:Path"] ?? defaults.Path);
        var indexFolder = ContentPaths.ResolveIndex(index ?? configuration[$"{ArticlesOptions.Section}:IndexPath"] ?? defaults.IndexPath, seedsFolder);
        var pins = ContentPaths.ResolveBesideSeeds(configuration[$"{PinsOptions.Section}:Path"] ?? new PinsOptions().Path, seedsFolder);
        return new ContentFolders(seedsFolder, indexFolder, pins);
    }
}
