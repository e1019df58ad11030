namespace Bot.Core.Articles;

/// <summary>The seeds folder is missing or holds no readable article: the bot cannot start.</summary>
public sealed class SeedsUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SeedsUnavailableException(string message, IReadOnlyList<ArticleLoadError>? errors = null)
        : base(message) => Errors = errors ?? [];

    /// <summary>Creates the exception.</summary>
    public SeedsUnavailableException()
        : this("The seeds folder holds no readable article.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public SeedsUnavailableException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>The per-file problems that left no article.</summary>
    public IReadOnlyList<ArticleLoadError> Errors { get; }
}
