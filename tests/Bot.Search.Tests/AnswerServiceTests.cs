using Bot.Core.Answering;
using Bot.Search;
using Bot.Testing;

namespace Bot.Search.Tests;

/// <summary>The whole path of a question on the seed article, with real Lucene.</summary>
public sealed class AnswerServiceTests : IDisposable
{
    private readonly LucenePassageIndex _index = PassageIndexStore.InMemory(SeedArticle.Library);
    private readonly AnswerService _service;

    public AnswerServiceTests() => _service = new AnswerService(SeedArticle.Library, _index);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Answer_WhoSaidQuestion_CitesQuoteSpeakerRoleAndSource()
    {
        // Act
        var answer = _service.Answer(new Question("what did mantilla tell al jazeera about the crisis?"));

        // Assert
        Assert.True(answer.Answered);
        Assert.Equal(38, answer.Paragraph);
        Assert.Equal("Jorge Mantilla", answer.Speaker?.Name);
        Assert.Equal("told Al Jazeera", answer.HowSaid);
        Assert.Equal(new ArticleSource("Al Jazeera", new DateOnly(2025, 2, 4), null, null), answer.Source);
        Assert.Contains(answer.Highlight!, answer.Quote!, StringComparison.Ordinal);
        Assert.InRange(answer.Confidence, 0.3, 1);
        Assert.Equal(2, answer.Alternatives.Count);
        Assert.StartsWith("Jorge Mantilla, a Colombian political analyst and conflict scholar, told Al Jazeera · Al Jazeera · 4 Feb 2025 · ¶38", answer.Attribution, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who won the super bowl?")]
    [InlineData("what did marco rubio say about the tariffs?")]
    public void Answer_OutOfScope_RefusesWithTwoSuggestions(string question)
    {
        // Act
        var answer = _service.Answer(new Question(question));

        // Assert
        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal(Answer.NotFoundMessage, answer.Message);
        Assert.Null(answer.Quote);
        Assert.Null(answer.Speaker);
        Assert.True(answer.Alternatives.Count <= 2);
    }

    [Fact]
    public void Answer_TooLong_GetsAClearMessage()
    {
        // Act
        var answer = _service.Answer(new Question(new string('a', 501)));

        // Assert
        Assert.Equal(AnswerOutcome.Rejected, answer.Outcome);
        Assert.Contains("501 characters", answer.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?")]
    [InlineData("*")]
    [InlineData("🙂")]
    public void Answer_NothingToSearch_DoesNotAnswer(string question)
    {
        // Act
        var answer = _service.Answer(new Question(question));

        // Assert
        Assert.False(answer.Answered);
        Assert.NotNull(answer.Message);
    }

    [Fact]
    public void FindPerson_TypoedSurname_FindsTheirQuotes()
    {
        // Act
        var person = _service.FindPerson("freman");

        // Assert
        Assert.Equal("Will Freeman", person?.Speaker.Name);
        Assert.Equal([24, 25, 27], person!.Quotes.Select(q => q.Number));
    }
}
