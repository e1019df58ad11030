using Bot.Core.Articles;
using Bot.Testing;

namespace Bot.Core.Tests.Articles;

public sealed class SeedFolderLoaderTests
{
    [Fact]
    public void Load_EmptyFolder_ThrowsAClearError()
    {
        // Arrange
        using var folder = new TempFolder();

        // Act
        var e = Assert.Throws<SeedsUnavailableException>(() => SeedFolderLoader.Load(folder.Path));

        // Assert
        Assert.Contains("holds no *.txt article", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFolder_ThrowsAClearError()
    {
        // Act
        var e = Assert.Throws<SeedsUnavailableException>(() => SeedFolderLoader.Load("/nonexistent/seeds"));

        // Assert
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnreadableFile_IsReportedWithLineAndOthersStillLoad()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("a.txt", "A good paragraph.\nAnother one.");
        var bad = Path.Combine(folder.Path, "b.txt");
        File.WriteAllBytes(bad, [.. "line one\nline two "u8, 0xC3, 0x28]);
        folder.Write("c.json", "{ not json");
        folder.Write("c.txt", "Text with a broken sidecar.");

        // Act
        var result = SeedFolderLoader.Load(folder.Path);

        // Assert
        Assert.Equal(["a", "c"], result.Library.Articles.Select(a => a.Id));
        var error = Assert.Single(result.Errors, e => e.File == bad);
        Assert.Equal(2, error.Line);
        Assert.Contains(result.Errors, e => e.File.EndsWith("c.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Sidecar_GivesTitleAndUrl()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("a.txt", "Published On 1 Jan 2024\nText.\nSource: Daily Planet");
        folder.Write("a.json", """{"title":"Rents","url":"https://example.org/rents","published":"2024-01-02","outlet":"Planet"}""");

        // Act
        var article = SeedFolderLoader.Load(folder.Path).Library.Articles.Single();

        // Assert
        Assert.Equal(new ArticleMetadata("Rents", "https://example.org/rents", new DateOnly(2024, 1, 2), "Planet", null), article.Metadata);
    }
}
