namespace Bot.Core.Evaluation;

/// <summary>One line of an attribution key: the speaker of a quote line of an article (null for an unnamed speaker).</summary>
/// <param name="Article">The article's file name.</param>
/// <param name="Line">The 1-based line number in the file.</param>
/// <param name="Speaker">The speaker's full name as the article first gives it, or null.</param>
public sealed record AttributionKeyLine(string Article, int Line, string? Speaker)
{
    /// <summary>The article's id as the library knows it: its file name without extension.</summary>
    public string ArticleId => Path.GetFileNameWithoutExtension(Article);
}
