using Bot.Core.Answering;
using Bot.Host.Engine;
using Bot.Testing;

namespace Bot.Host.Tests;

public sealed class EngineWarmUpTests
{
    [Fact]
    public void Questions_ForTheSeeds_AreMadeFromTheirOwnPeopleAndWords()
    {
        // Arrange
        var library = SeedArticle.Library;
        var firstPerson = library.People[0];

        // Act
        var questions = EngineWarmUp.Questions(library).ToList();

        // Assert: one question names the first person quoted and another quotes them; all are questions the bot takes.
        Assert.Contains($"what did {firstPerson.Speaker.Name} say?", questions);
        var opening = string.Join(' ', firstPerson.Quotes[0].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));
        Assert.Contains(questions, q => q.StartsWith("who said \"" + opening, StringComparison.Ordinal));
        Assert.All(questions, q => Assert.InRange(q.Length, 1, Question.MaxLength));
    }

    [Fact]
    public void Run_LexicalEngine_AnswersItsQuestionsAndLeavesTheEngineAnswering()
    {
        // Arrange
        using var index = new TempFolder();
        using var engine = BotEngine.Load(RepoPaths.Seeds, index.Path, semantic: false, _ => { });

        // Act
        var answered = EngineWarmUp.Run(engine);

        // Assert
        Assert.InRange(answered, 1, 2 * EngineWarmUp.Questions(engine.Library).Count());
        Assert.True(engine.Answers.Answer(new Question("what did petro say about tariffs?", "test")).Answered);
    }
}
