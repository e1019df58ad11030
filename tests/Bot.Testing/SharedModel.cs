namespace Bot.Testing;

/// <summary>Where tests extract the sentence-embedding model: once per machine, outside the repository.</summary>
public static class SharedModel
{
    /// <summary>A folder in the machine's temporary folder, shared by every test run.</summary>
    public static string Folder => Path.Combine(Path.GetTempPath(), "article-bot-model");
}
