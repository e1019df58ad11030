using Bot.Core.Answering;
using Bot.Core.Evaluation;
using Bot.Testing;

namespace Bot.Search.Tests;

/// <summary>The attribution-key figure: quote lines asked verbatim through the real index must come back credited as the key says.</summary>
public sealed class AttributionScorerTests
{
    private const string Article = "000_f944e9963267caae.txt";

    [Fact]
    public void Run_KeyOfTheSeed_CountsRightLinesAndExplainsTheWrongOnes()
    {
        // Arrange: three lines as the seed's attribution tests have them, one credited to the wrong person, one absent.
        var key = AttributionKey.Parse(
        [
            $$"""{"article": "{{Article}}", "line": 13, "speaker": "Sergio Guzmán"}""",
            $$"""{"article": "{{Article}}", "line": 38, "speaker": "Jorge Mantilla"}""",
            $$"""{"article": "{{Article}}", "line": 31, "speaker": null}""",
            $$"""{"article": "{{Article}}", "line": 24, "speaker": "Sergio Guzmán"}""",
            $$"""{"article": "{{Article}}", "line": 999, "speaker": null}""",
        ]);
        using var index = PassageIndexStore.InMemory(SeedArticle.Library);
        var service = new AnswerService(SeedArticle.Library, index, RankingOptions.Lexical);

        // Act
        var report = AttributionScorer.Run(service, SeedArticle.Library, key);

        // Assert
        Assert.Equal((5, 3, 0.6), (report.Lines, report.Right, report.Share));
        Assert.Collection(
            report.Misses,
            m => Assert.Contains("credited to Will Freeman, expected Sergio Guzmán", m.What, StringComparison.Ordinal),
            m => Assert.Equal("no such line in the loaded articles", m.What));
    }

    [Fact]
    public void Parse_LineWithoutArticle_SaysWhichLine()
    {
        // Act
        var error = Assert.Throws<FormatException>(() => AttributionKey.Parse(["", """{"line": 3, "speaker": null}"""]));

        // Assert
        Assert.StartsWith("line 2: not an attribution key line", error.Message, StringComparison.Ordinal);
    }
}
