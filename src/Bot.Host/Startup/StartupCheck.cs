using System.Text;
using Bot.Core.Articles;
using Bot.Host.Engine;

namespace Bot.Host.Startup;

/// <summary>
/// What must hold before the bot creates anything (an index, a model folder, a pinboard file): the configuration's
/// values, the seeds folder, and somewhere to put the index and the pinboard. Each problem is one line in plain words;
/// the server and every CLI verb print them and exit with code 2 (README, "Configuration").
/// </summary>
internal static class StartupCheck
{
    public const int ExitCode = 2;

    private static readonly byte[] s_sqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>
    /// The problems, one line each: every configuration value, then (once the values are right, since the folders
    /// come from them) what <paramref name="needs"/> names.
    /// </summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, StartupNeeds needs, Func<ContentFolders> folders)
    {
        var problems = Configuration(configuration).ToList();
        if (problems.Count > 0)
        {
            return problems;
        }

        var where = folders();
        if (needs.HasFlag(StartupNeeds.Seeds))
        {
            problems.AddRange(Seeds(where.Seeds));
        }

        if (needs.HasFlag(StartupNeeds.Index))
        {
            problems.AddRange(Index(where.Index));
        }

        // A PostgreSQL pinboard has no file here: nothing is created at Pins:Path, and the database is checked as the
        // host starts (PinStoreStartup), where an unreachable server is reported as a pinboard that cannot be opened.
        if (needs.HasFlag(StartupNeeds.Pinboard) && !Bot.Store.PinStoreSetup.UsesPostgres(configuration))
        {
            problems.AddRange(Pinboard(where.Pins));
        }

        return problems;
    }

    /// <summary>Every configuration value, each line prefixed "Configuration error: ".</summary>
    public static IEnumerable<string> Configuration(IConfiguration configuration) =>
        ConfigurationCheck.Problems(configuration).Select(p => $"Configuration error: {p}");

    /// <summary>Loads the seeds as the bot will, so an unusable folder is reported before anything starts.</summary>
    public static IEnumerable<string> Seeds(string folder)
    {
        try
        {
            SeedFolderLoader.Load(folder);
            return [];
        }
        catch (SeedsUnavailableException e)
        {
            return SeedsProblems(e);
        }
    }

    /// <summary>The folder's problem, then each file that could not be read.</summary>
    public static IEnumerable<string> SeedsProblems(SeedsUnavailableException e) =>
        e.Errors.Select(error => $"Cannot read a seed article: {error}").Prepend(e.Message);

    /// <summary>The index folder exists as a folder, or can be created.</summary>
    public static IEnumerable<string> Index(string folder)
    {
        if (File.Exists(folder))
        {
            return [$"The index folder '{folder}' is a file. Set Articles:IndexPath or pass --index DIR to a folder."];
        }

        return FileInTheWay(folder) is { } file
            ? [$"The index folder '{folder}' cannot be created: '{file}' is a file. Set Articles:IndexPath or pass --index DIR."]
            : [];
    }

    /// <summary>The pinboard is a SQLite file, or can be created; an existing other file is never replaced.</summary>
    public static IEnumerable<string> Pinboard(string path)
    {
        if (Directory.Exists(path))
        {
            return [$"The pinboard '{path}' is a folder. Set Pins:Path to a database file."];
        }

        if (File.Exists(path))
        {
            return IsSqliteOrEmpty(path)
                ? []
                : [$"The pinboard '{path}' is not a SQLite database. The bot never replaces it: move it away or set Pins:Path to another file."];
        }

        return FileInTheWay(Path.GetDirectoryName(path) ?? path) is { } file
            ? [$"The pinboard '{path}' cannot be created: '{file}' is a file. Set Pins:Path to a database file."]
            : [];
    }

    /// <summary>Writes the problems to standard error and returns the exit code, or 0 when there are none.</summary>
    public static int Report(IReadOnlyCollection<string> problems, TextWriter error)
    {
        foreach (var problem in problems)
        {
            error.WriteLine(problem);
        }

        return problems.Count == 0 ? 0 : ExitCode;
    }

    /// <summary>The nearest existing ancestor of a folder to create, when it is a file rather than a folder.</summary>
    private static string? FileInTheWay(string folder)
    {
        for (var dir = Path.GetFullPath(folder); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir))
            {
                return dir;
            }

            if (Directory.Exists(dir))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>SQLite's 16-byte header; an empty file is an empty database to SQLite, so it is fine too.</summary>
    private static bool IsSqliteOrEmpty(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            var header = new byte[s_sqliteHeader.Length];
            var read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            return read == 0 || header.AsSpan(0, read).SequenceEqual(s_sqliteHeader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
