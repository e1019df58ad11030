using Bot.Testing;

namespace Bot.Core.Tests.Articles;

/// <summary>One row for every paragraph of the seed article that holds a double quote, with its expected speaker.</summary>
public sealed class SeedAttributionTests
{
    [Theory]
    [InlineData(4, "Gustavo Petro", "wrote on X")]
    [InlineData(7, "Gustavo Petro", "demanded")]
    [InlineData(11, "Karoline Leavitt", "said in a statement")]
    [InlineData(13, "Sergio Guzmán", "said")]
    [InlineData(15, "Sergio Guzmán", "explained")]
    [InlineData(24, "Will Freeman", "said")]
    [InlineData(25, "Will Freeman", "said")]
    [InlineData(27, "Will Freeman", "added")]
    [InlineData(29, "Sergio Guzmán", "said")]
    [InlineData(31, null, null)]
    [InlineData(33, "Sergio Guzmán", "said")]
    [InlineData(34, "Sergio Guzmán", "said")]
    [InlineData(38, "Jorge Mantilla", "told Al Jazeera")]
    [InlineData(39, "Jorge Mantilla", "told Al Jazeera")]
    [InlineData(47, "Robinson Duarte", "said")]
    [InlineData(51, "Robinson Duarte", "said")]
    [InlineData(52, "Robinson Duarte", "said")]
    public void Resolve_SeedQuoteParagraph_NamesTheSpeaker(int line, string? speaker, string? howSaid)
    {
        // Arrange
        var paragraph = SeedArticle.Article.ParagraphAt(line)!;

        // Act
        var attribution = paragraph.Attribution;

        // Assert
        Assert.Equal(speaker, attribution.Speaker?.Name);
        Assert.Equal(howSaid, attribution.HowSaid);
    }

    [Theory]
    [InlineData("Sergio Guzmán", "a political analyst and director of the Colombia Risk Analysis consultancy group")]
    [InlineData("Will Freeman", "a fellow for Latin America studies at the Council on Foreign Relations, a think tank")]
    [InlineData("Jorge Mantilla", "a Colombian political analyst and conflict scholar")]
    [InlineData("Robinson Duarte", "an economist who voted for Petro in 2022")]
    [InlineData("Karoline Leavitt", "White House Press Secretary")]
    [InlineData("Gustavo Petro", "Colombian President")]
    public void Resolve_SeedSpeaker_TakesRoleFromFirstFullMention(string name, string role)
    {
        // Arrange & Act
        var person = SeedArticle.Library.People.Single(p => p.Speaker.Name == name);

        // Assert
        Assert.Equal(role, person.Speaker.Role);
    }

    [Theory]
    [InlineData(12, "Sergio Guzmán", "told Al Jazeera")] // Guzmán told Al Jazeera … (paraphrase)
    [InlineData(28, "Sergio Guzmán", "warned")] // Guzmán warned … (paraphrase)
    [InlineData(37, "Jorge Mantilla", "according to")] // … according to Jorge Mantilla (no quote)
    public void Resolve_Paraphrase_NamesItsSourceButIsNotAQuote(int line, string source, string howSaid)
    {
        // Arrange & Act
        var paragraph = SeedArticle.Article.ParagraphAt(line)!;

        // Assert
        Assert.Equal(source, paragraph.Speaker?.Name);
        Assert.Equal(howSaid, paragraph.Attribution.HowSaid);
        Assert.False(paragraph.Attribution.Verbatim);
        Assert.Null(paragraph.QuotedSpeaker);
        Assert.Equal(Bot.Core.Articles.ParagraphKind.Narration, paragraph.Kind);
    }

    [Fact]
    public void Resolve_Narration_IsTheArticlesOwnWords()
    {
        // Arrange & Act
        var paragraph = SeedArticle.Article.ParagraphAt(10)!;

        // Assert
        Assert.Null(paragraph.Speaker);
        Assert.False(paragraph.Attribution.Verbatim);
    }

    [Fact]
    public void Parse_SeedArticle_ReadsDatelineAndSourceLine()
    {
        // Arrange & Act
        var article = SeedArticle.Article;

        // Assert
        Assert.Equal(new DateOnly(2025, 2, 4), article.Metadata.Published);
        Assert.Equal("Al Jazeera", article.Metadata.Outlet);
        Assert.Equal("Published On 4 Feb 2025", article.ParagraphAt(1)!.Text);
        Assert.Equal(article.Paragraphs[^1].Number, File.ReadAllLines(RepoPaths.SeedArticle).Length);
    }
}
