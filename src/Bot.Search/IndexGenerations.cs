namespace Bot.Search;

/// <summary>
/// The index folder's builds, so that processes sharing it never disturb one another: each build goes into a new
/// folder under <c>builds/</c>, and the one in use is named in the file <c>current</c>, replaced by an atomic rename
/// once the build is complete. A reader follows <c>current</c> and so sees a whole build or none; a build is never
/// changed after the switch. The build before the current one is kept, for a reader that followed <c>current</c>
/// just before the switch; older ones are deleted.
/// </summary>
internal static class IndexGenerations
{
    private const string PointerFile = "current";
    private const string BuildsFolder = "builds";

    /// <summary>The files of the layout before builds (an index straight in the folder), removed at the next build.</summary>
    private static readonly string[] s_legacy = ["lucene", "seeds.sha256", "vectors.bin"];

    /// <summary>The current build's folder, or null when there is none yet (or it is gone).</summary>
    public static string? Current(string folder)
    {
        try
        {
            var name = File.ReadAllText(Path.Combine(folder, PointerFile)).Trim();
            var build = Path.Combine(folder, BuildsFolder, name);
            return name.Length > 0 && !name.Contains('/', StringComparison.Ordinal) && !name.Contains('\\', StringComparison.Ordinal) && Directory.Exists(build)
                ? build
                : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A new, empty build folder, named so that builds sort by time.</summary>
    public static string Create(string folder)
    {
        var name = $"{DateTime.UtcNow:yyyyMMdd'T'HHmmss'.'fffffff}-{Environment.ProcessId}";
        var build = Path.Combine(folder, BuildsFolder, name);
        Directory.CreateDirectory(build);
        return build;
    }

    /// <summary>Makes <paramref name="build"/> the current one (atomically), then deletes what no reader can still be loading.</summary>
    /// <remarks>Call while holding <see cref="IndexBuildLock"/>.</remarks>
    public static void Switch(string folder, string build)
    {
        var previous = Current(folder);
        var pointer = Path.Combine(folder, PointerFile);
        var temp = $"{pointer}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temp, Path.GetFileName(build) + "\n");
        File.Move(temp, pointer, overwrite: true);

        var keep = new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(build) };
        if (previous is not null)
        {
            keep.Add(Path.GetFullPath(previous));
        }

        foreach (var old in Directory.EnumerateDirectories(Path.Combine(folder, BuildsFolder)).Where(d => !keep.Contains(Path.GetFullPath(d))))
        {
            DeleteQuietly(() => Directory.Delete(old, recursive: true));
        }

        foreach (var name in s_legacy)
        {
            var path = Path.Combine(folder, name);
            DeleteQuietly(() =>
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }
            });
        }
    }

    /// <summary>A build that cannot be deleted now (a file open elsewhere) is left for the next build to remove.</summary>
    private static void DeleteQuietly(Action delete)
    {
        try
        {
            delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind; harmless, since nothing follows it any more.
        }
    }
}
