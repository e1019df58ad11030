using Bot.Core.Answering;
using Bot.Search;
using Bot.Testing;

namespace Bot.Search.Tests;

public sealed class LucenePassageIndexTests : IDisposable
{
    private readonly LucenePassageIndex _index = PassageIndexStore.InMemory(SeedArticle.Library);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("?")]
    [InlineData("*")]
    [InlineData("tariffs AND OR NOT")]
    [InlineData("\"unclosed quote")]
    [InlineData("petro~2")]
    [InlineData("speaker:petro")]
    [InlineData("back\\slash")]
    [InlineData("🇨🇴🔥 emoji 🙂")]
    [InlineData("(((")]
    [InlineData("[a TO z]")]
    [InlineData("")]
    public void Search_QuerySyntax_IsPlainText(string text)
    {
        // Act
        var hits = _index.Search(new PassageQuery(text), 5);

        // Assert: no exception, and scores are sane
        Assert.All(hits, h => Assert.InRange(h.Coverage, 0, 1));
    }

    [Fact]
    public void Search_HugePaste_DoesNotThrow()
    {
        // Arrange
        var paste = string.Concat(Enumerable.Repeat("tariffs AND \"visas\" * ? ~ : \\ ", 400))[..10_000];

        // Act
        var hits = _index.Search(new PassageQuery(paste), 5);

        // Assert
        Assert.NotEmpty(hits);
    }

    [Fact]
    public void Search_AccentlessName_FindsAccentedText()
    {
        // Act
        var hits = _index.Search(new PassageQuery("guzman rudderless"), 1);

        // Assert
        Assert.Equal(29, Assert.Single(hits).Paragraph);
    }

    [Fact]
    public void Search_Typo_IsCorrectedToAWordTheArticleUses()
    {
        // Act
        var hits = _index.Search(new PassageQuery("tarrifs colombian goods"), 1);

        // Assert
        Assert.Equal(8, Assert.Single(hits).Paragraph);
        Assert.True(hits[0].Coverage > 0.9);
    }

    [Fact]
    public void Search_WordsNotInArticle_HaveNoCoverage()
    {
        // Act
        var hits = _index.Search(new PassageQuery("super bowl"), 3);

        // Assert
        Assert.All(hits, h => Assert.Equal(0, h.Coverage));
    }

    [Fact]
    public void Search_SpeakerName_BringsThatPersonsQuotes()
    {
        // Act
        var hits = _index.Search(new PassageQuery("support", "Will Freeman"), 3);

        // Assert
        Assert.Contains(hits, h => h.Paragraph == 27);
    }

    [Fact]
    public void Search_WordsSideBySide_RankTheParagraphThatKeepsThemTogether()
    {
        // Arrange: both paragraphs hold "monthly" and "inflation" once; the shorter, which BM25 alone prefers, keeps
        // them apart.
        var library = new Bot.Core.Articles.ArticleLibrary([Bot.Core.Articles.ArticleParser.Parse("p", """
            Published On 1 Mar 2024
            Inflation slowed as the monthly shop got dearer.
            The monthly inflation rate hit 7 percent in August, up again.
            Rents in the city rose again.
            Source: Daily Planet
            """)]);
        using var index = PassageIndexStore.InMemory(library);

        // Act
        var hits = index.Search(new PassageQuery("monthly inflation"), 2);

        // Assert
        Assert.Equal(3, hits[0].Paragraph);
        Assert.True(hits[0].Score > hits[1].Score);
    }
}
