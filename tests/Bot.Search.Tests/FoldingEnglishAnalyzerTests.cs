using Bot.Search;

namespace Bot.Search.Tests;

/// <summary>Analyzer assertions on token streams, as Lucene's own analyzer tests do (there with NUnit's CheckOneTerm).</summary>
public sealed class FoldingEnglishAnalyzerTests
{
    [Theory]
    [InlineData("Guzmán", "guzman")]
    [InlineData("guzman", "guzman")]
    [InlineData("books", "book")]
    [InlineData("Petro’s", "petro")]
    [InlineData("Petro's", "petro")]
    [InlineData("TARIFFS", "tariff")]
    public void Terms_Word_FoldsAccentsCaseAndStems(string word, string expected)
    {
        // Arrange
        using var analyzer = new FoldingEnglishAnalyzer();

        // Act
        var terms = analyzer.Terms(PassageFields.Text, word);

        // Assert
        Assert.Equal([expected], terms);
    }

    [Fact]
    public void Terms_StopWords_AreDropped()
    {
        // Arrange
        using var analyzer = new FoldingEnglishAnalyzer();

        // Act
        var terms = analyzer.Terms(PassageFields.Text, "the war on drugs");

        // Assert
        Assert.Equal(["war", "drug"], terms);
    }
}
