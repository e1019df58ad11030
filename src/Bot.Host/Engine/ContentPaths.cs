namespace Bot.Host.Engine;

/// <summary>
/// Finds the seeds and index folders. A relative path is looked up from the working directory, then from the
/// program's folder and its parents, so `dotnet run --project src/Bot.Host` from the repository root, the test
/// host and a published container all find the same `seeds/`.
/// </summary>
internal static class ContentPaths
{
    /// <summary>The folder a configured path names, as an absolute path (which may not exist).</summary>
    public static string ResolveSeeds(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        var fromWorkingDirectory = Path.GetFullPath(configured);
        if (Directory.Exists(fromWorkingDirectory))
        {
            return fromWorkingDirectory;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return fromWorkingDirectory;
    }

    /// <summary>The index folder: as configured, or when relative, beside the seeds folder.</summary>
    public static string ResolveIndex(string configured, string seedsFolder)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        var fromWorkingDirectory = Path.GetFullPath(configured);
        var seedsParent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(seedsFolder));
        return Directory.Exists(fromWorkingDirectory) || seedsParent is null ? fromWorkingDirectory : Path.Combine(seedsParent, configured);
    }

    /// <summary>
    /// A data file (the pinboard): as configured when rooted, else beside the seeds folder, so the CLI and the server
    /// find the same file from any working directory instead of creating an empty one where they happen to run.
    /// </summary>
    public static string ResolveBesideSeeds(string configured, string seedsFolder)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        var seedsParent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(seedsFolder));
        return Path.GetFullPath(seedsParent is null ? configured : Path.Combine(seedsParent, configured));
    }
}
