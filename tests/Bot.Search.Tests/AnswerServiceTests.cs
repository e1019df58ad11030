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

    private static Bot.Core.Articles.ArticleLibrary Library(string text) => new([Bot.Core.Articles.ArticleParser.Parse("a", text)]);

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

    [Fact]
    public void Answer_HowManyQuestion_PrefersThePassageThatCountsTheThing()
    {
        // Arrange: the second paragraph shares more words with the question, but only the first counts flights.
        var library = Library("""
            Published On 1 Mar 2024
            Three charter flights were still in the air when the airport closed.
            The minister blocked the flights at the airport, and within two days the airport flights had resumed.
            Source: Daily Planet
            """);
        using var index = PassageIndexStore.InMemory(library);
        var service = new AnswerService(library, index, RankingOptions.Lexical);

        // Act
        var answer = service.Answer(new Question("how many flights were in the air when the minister blocked the airport?"));

        // Assert
        Assert.True(answer.Answered);
        Assert.StartsWith("Three charter flights", answer.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why does the farmers union quitting the alliance matter for the governor?", "That split")]
    [InlineData("when did the farmers union quit the alliance?", "On March 3")]
    public void Answer_ConsequenceQuestion_PrefersTheParagraphThatFollowsTheEvent(string question, string expectedStart)
    {
        // Arrange: the event paragraph holds every word of the question; the next one tells what follows from it.
        var library = Library("""
            Published On 1 Mar 2024
            On March 3 the farmers union quit the alliance that backs the governor, citing the water dispute.
            That split is likely to cost the governor his majority in the assembly.
            The governor's office declined to comment.
            Source: Daily Planet
            """);
        using var index = PassageIndexStore.InMemory(library);
        var service = new AnswerService(library, index, RankingOptions.Lexical);

        // Act
        var answer = service.Answer(new Question(question));

        // Assert
        Assert.True(answer.Answered);
        Assert.StartsWith(expectedStart, answer.Quote, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("how much does a haircut at the salon cost?", false)]
    [InlineData("how much have the salon's electricity costs gone up?", true)]
    public void Answer_MoneyQuestion_NeedsAnAmountUnlessItAsksForAChange(string question, bool answered)
    {
        // Arrange: the salon's costs are told as a percentage; no price is given anywhere.
        var library = Library("Salons are struggling across the city.\nThe cost of running the salon has risen, with its electricity costs up by 50% this year, said owner Ana Ruiz.\nSource: Daily Planet");
        using var index = PassageIndexStore.InMemory(library);

        // Act
        var answer = new AnswerService(library, index).Answer(new Question(question));

        // Assert
        Assert.Equal(answered, answer.Answered);
    }

    [Fact]
    public void Answer_WhatDidSomeoneNamedButNeverQuotedSay_IsRefused()
    {
        // Arrange: the mayor is named, but only the owner is quoted.
        var library = Library("Mayor Tom Baker opened the new market on Monday.\n\"We sold out of bread by noon on the very first day,\" said owner Ana Ruiz.\nSource: Daily Planet");
        using var index = PassageIndexStore.InMemory(library);
        var service = new AnswerService(library, index);

        // Act & Assert
        Assert.False(service.Answer(new Question("what did baker say about the market?")).Answered);
        Assert.True(service.Answer(new Question("what did ruiz say about the market?")).Answered);
    }

    [Theory]
    [InlineData("how many phones does the plant make every year?", false)]
    [InlineData("how many workers does the plant employ?", true)]
    [InlineData("how many days did the strike at the plant last?", true)]
    [InlineData("how many workers were hurt at the plant?", true)]
    public void Answer_HowMany_NeedsAPassageWithANumber(string question, bool answered)
    {
        // Arrange: the plant's workforce is counted, and the strike told in words ("a week", "several"); its output is not.
        var library = Library("The phone plant outside the city makes handsets for export.\nThe plant employs about 2,000 workers on two shifts, said manager Ana Ruiz.\nA strike at the plant lasted a week, and several workers were hurt in clashes at the gate.\nSource: Daily Planet");
        using var index = PassageIndexStore.InMemory(library);

        // Act
        var answer = new AnswerService(library, index).Answer(new Question(question));

        // Assert
        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData("The Elm Fire has burned for five days across the valley.", false)]
    [InlineData("The Elm Fire, caused by a power line in high winds, has burned across the valley.", true)]
    [InlineData("A power line brought down by high winds caused the Elm Fire, investigators said.", true)]
    public void Answer_WhatCaused_NeedsAPassageThatGivesACause(string passage, bool answered)
    {
        // Arrange
        var library = Library($"Residents of the valley fled their homes overnight.\n{passage}\nSource: Daily Planet");
        using var index = PassageIndexStore.InMemory(library);

        // Act
        var answer = new AnswerService(library, index).Answer(new Question("what caused the elm fire to start?"));

        // Assert
        Assert.Equal(answered, answer.Answered);
    }
}
