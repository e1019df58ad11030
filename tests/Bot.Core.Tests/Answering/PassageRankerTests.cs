using Bot.Core.Answering;
using Bot.Core.Articles;

namespace Bot.Core.Tests.Answering;

/// <summary>The ranker's own preferences, on candidates the index scored the same.</summary>
public sealed class PassageRankerTests
{
    private static readonly ArticleLibrary s_library = new([ArticleParser.Parse("a", """
        Published On 1 Mar 2024
        "The mayor must respond to the flooding," Ana Ruiz, a council member, said.
        The mayor responded to the flooding by closing the river road.
        Source: Daily Planet
        """)]);

    private static readonly QuestionAnalyzer s_analyzer = new(s_library);

    [Theory]
    [InlineData("how did the mayor respond to the flooding?", "The mayor responded")]
    [InlineData("who said the mayor must respond to the flooding?", "\"The mayor must")]
    public void Rank_EqualIndexScores_NarrationForEventsAndQuotesForSpeech(string question, string expectedStart)
    {
        // Arrange: both paragraphs hold every word; only what the question asks for can order them.
        var ranker = new PassageRanker(s_library, RankingOptions.Lexical);
        var candidates = new[] { new PassageCandidate("a", 2, 5.0, 1.0), new PassageCandidate("a", 3, 5.0, 1.0) };

        // Act
        var ranked = ranker.Rank(s_analyzer.Analyze(question), candidates);

        // Assert
        Assert.StartsWith(expectedStart, ranked[0].Paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_HowMuchDoesItCost_PrefersTheAmountOfMoney()
    {
        // Arrange
        var library = new ArticleLibrary([ArticleParser.Parse("b", """
            Published On 1 Mar 2024
            The new bridge will take 3 years to build and carry 40 lanes of traffic a day.
            The new bridge is expected to cost $310m, paid from the state budget.
            Source: Daily Planet
            """)]);
        var ranker = new PassageRanker(library, RankingOptions.Lexical);
        var candidates = new[] { new PassageCandidate("b", 2, 5.0, 1.0), new PassageCandidate("b", 3, 4.0, 0.8) };

        // Act
        var ranked = ranker.Rank(new QuestionAnalyzer(library).Analyze("how much does the new bridge cost?"), candidates);

        // Assert
        Assert.StartsWith("The new bridge is expected to cost", ranked[0].Paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_HowOld_PrefersThePassageThatGivesTheAge()
    {
        // Arrange: the first paragraph matches the question's words better; only the second says how old they are.
        var library = new ArticleLibrary([ArticleParser.Parse("c", """
            Published On 1 Mar 2024
            A couple say they were left heartbroken after the flood swept through their cottage.
            Jo and Sam Bell, both aged 71, say neighbours rallied round.
            Source: Daily Planet
            """)]);
        var ranker = new PassageRanker(library, RankingOptions.Lexical);
        var candidates = new[] { new PassageCandidate("c", 2, 5.0, 1.0), new PassageCandidate("c", 3, 3.0, 0.4) };

        // Act
        var ranked = ranker.Rank(new QuestionAnalyzer(library).Analyze("how old is the couple whose cottage flooded?"), candidates);

        // Assert
        Assert.StartsWith("Jo and Sam Bell", ranked[0].Paragraph.Text, StringComparison.Ordinal);
    }
}
