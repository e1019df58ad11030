namespace Bot.Core.Articles;

/// <summary>A problem with one seed file. The other articles still load.</summary>
public sealed record ArticleLoadError(string File, int? Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
