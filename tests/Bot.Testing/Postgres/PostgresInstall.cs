namespace Bot.Testing.Postgres;

/// <summary>
/// Where PostgreSQL's server programs are (Debian's postgresql package puts <c>initdb</c> and <c>pg_ctl</c> in
/// /usr/lib/postgresql/VERSION/bin, off the PATH), and whether the PostgreSQL tests must run: under CI
/// (<c>BOT_REQUIRE_POSTGRES=1</c>, set by .ci/run) a missing install fails them instead of skipping them.
/// </summary>
public static class PostgresInstall
{
    /// <summary>The environment variable that turns "not installed" from a skip into a failure.</summary>
    public const string RequireVariable = "BOT_REQUIRE_POSTGRES";

    /// <summary>The folder holding initdb and pg_ctl, newest version first; null when none is installed.</summary>
    public static string? BinFolder { get; } = FindBinFolder();

    /// <summary>True when the tests must run (CI), so that a missing install is a failure.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why the PostgreSQL tests cannot run here, in plain words; null when they can.</summary>
    public static string? MissingReason => BinFolder is null
        ? "PostgreSQL is not installed (no initdb and pg_ctl in /usr/lib/postgresql/*/bin or on the PATH), so the "
          + "PostgreSQL tests did not run; install Debian's postgresql package (apt-get install -y postgresql), "
          + "as .ci/run does, to run them."
        : null;

    private static string? FindBinFolder()
    {
        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => IsProgram(Path.Combine(d, "initdb")) && IsProgram(Path.Combine(d, "pg_ctl")));
    }

    /// <summary>A file there, following symbolic links (a link left by an uninstalled package is not a program).</summary>
    private static bool IsProgram(string path)
    {
        var file = new FileInfo(path);
        return file.Exists && (file.LinkTarget is null || file.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true });
    }
}
