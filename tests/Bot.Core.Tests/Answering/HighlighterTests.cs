using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class HighlighterTests
{
    [Theory]
    [InlineData("Rents rose. Wages fell sharply last year.", "wages fell", "Wages fell sharply last year.")]
    [InlineData("\"Rents rose,\" she said. \"Wages did not.\"", "rents", "\"Rents rose,\" she said.")]
    [InlineData("One sentence only, about tariffs.", "nothing", "One sentence only, about tariffs.")]
    public void Best_Passage_PicksTheSentenceWithMostQuestionWords(string passage, string search, string expected)
    {
        // Act
        var best = Highlighter.Best(passage, search);

        // Assert
        Assert.Equal(expected, best);
    }
}
