namespace Bot.Testing;

/// <summary>Finds the repository's folders from a test's output folder, and the shared folder beside the repository.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding Bot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The repository's seeds folder.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The seed article's file.</summary>
    public static string SeedArticle => Path.Combine(Seeds, "000_f944e9963267caae.txt");

    /// <summary>The shared folder beside the repository (docs, specs, eval), as laid out for developers and CI.</summary>
    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared)
                ? shared
                : throw new DirectoryNotFoundException($"Expected the shared folder beside the repository at {shared}.");
        }
    }

    /// <summary>The development eval set.</summary>
    public static string DevQuestions => Path.Combine(Shared, "eval", "dev-questions.jsonl");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
