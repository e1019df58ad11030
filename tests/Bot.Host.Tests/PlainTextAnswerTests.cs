using Bot.Core.Answering;
using Bot.Host.Cli;
using Bot.Testing;

namespace Bot.Host.Tests;

/// <summary>The terminal answer: its best sentence in bold where the terminal shows bold, and never markup characters.</summary>
public sealed class PlainTextAnswerTests
{
    private static Answer AnswerTo(string question)
    {
        using var index = Bot.Search.PassageIndexStore.InMemory(SeedArticle.Library);
        return new AnswerService(SeedArticle.Library, index, RankingOptions.Lexical).Answer(new Question(question, "test"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Render_AnAnsweredQuestion_MarksTheHighlightOnlyInBold(bool bold)
    {
        // Arrange
        var answer = AnswerTo("what did leavitt say");
        Assert.NotEqual(answer.Quote, answer.Highlight);

        // Act
        var text = PlainTextAnswer.Render(answer, bold);

        // Assert
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.Equal(bold, text.Contains($"\u001b[1m{answer.Highlight}\u001b[22m", StringComparison.Ordinal));
        Assert.Equal(bold, text.Contains('\u001b', StringComparison.Ordinal));
    }
}
