namespace Bot.Testing;

/// <summary>Where tests extract the sentence-embedding model: once per machine, not once per test.</summary>
public static class SharedModel
{
    /// <summary>A folder under the repository's git-ignored index folder.</summary>
    public static string Folder => Path.Combine(RepoPaths.Root, "index", "model");
}
