using Bot.Core.Articles;

namespace Bot.Testing;

/// <summary>The seed article, parsed once for all tests.</summary>
public static class SeedArticle
{
    private static readonly Lazy<ArticleLibrary> s_library = new(() => SeedFolderLoader.Load(RepoPaths.Seeds).Library);

    /// <summary>The library of the repository's seeds.</summary>
    public static ArticleLibrary Library => s_library.Value;

    /// <summary>The seed article.</summary>
    public static Article Article => Library.Articles[0];
}
