namespace Bot.Testing;

/// <summary>
/// Finds the repository's folders from a test's output folder. Tests read only what is in the repository: nothing
/// beside it (../shared) is needed, so a fresh clone runs every test.
/// </summary>
public static class RepoPaths
{
    /// <summary>The folder holding Bot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The repository's seeds folder.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The seed article's file.</summary>
    public static string SeedArticle => Path.Combine(Seeds, "000_f944e9963267caae.txt");

    /// <summary>The development eval set (eval/dev-questions.jsonl, ours; the same file as ../shared/eval's).</summary>
    public static string DevQuestions => Path.Combine(Root, "eval", "dev-questions.jsonl");

    /// <summary>A trimmed copy of a platform's public API description (tests/specs, see its README).</summary>
    public static string Spec(string file) => Path.Combine(Root, "tests", "specs", file);

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
