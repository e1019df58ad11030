using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class ArticleParserTests
{
    [Theory]
    [InlineData("4 Feb 20254 Feb 2025", 2025, 2, 4)]
    [InlineData("4 Feb 2025", 2025, 2, 4)]
    [InlineData("12 December 202312 December 2023", 2023, 12, 12)]
    [InlineData("March 3, 2024", 2024, 3, 3)]
    public void ParsePublished_ScrapedDate_ReadsTheDate(string value, int year, int month, int day)
    {
        // Act
        var (date, _) = ArticleParser.ParsePublished(value);

        // Assert
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void Parse_BlankLines_AreSkippedButLineNumbersKept()
    {
        // Arrange
        const string text = "Published On 1 Jan 20241 Jan 2024\n\nFirst paragraph.\n\n\nSecond paragraph.\nSource: Daily Planet\n";

        // Act
        var article = ArticleParser.Parse("a", text);

        // Assert
        Assert.Equal([1, 3, 6, 7], article.Paragraphs.Select(p => p.Number));
        Assert.Equal(ParagraphKind.Dateline, article.Paragraphs[0].Kind);
        Assert.Equal(ParagraphKind.SourceLine, article.Paragraphs[^1].Kind);
        Assert.Equal("Daily Planet", article.Metadata.Outlet);
    }

    [Fact]
    public void Parse_NoDatelineNoSource_LeavesThemUnknown()
    {
        // Act
        var article = ArticleParser.Parse("a", "Just one paragraph.");

        // Assert
        Assert.Null(article.Metadata.Published);
        Assert.Null(article.Metadata.Outlet);
        Assert.Equal("the article", article.OutletOrDefault);
    }

    [Fact]
    public void Parse_Sidecar_WinsOverTheText()
    {
        // Arrange
        var sidecar = new ArticleMetadata("A title", "https://example.org/a", new DateOnly(2020, 5, 6), "Other Outlet", "A. Writer");

        // Act
        var article = ArticleParser.Parse("a", "Published On 1 Jan 2024\nText.\nSource: Daily Planet", sidecar);

        // Assert
        Assert.Equal(sidecar, article.Metadata);
    }
}
