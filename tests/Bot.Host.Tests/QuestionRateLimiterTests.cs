using Bot.Core.Answering;
using Bot.Host.Server.RateLimiting;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Bot.Host.Tests;

public sealed class QuestionRateLimiterTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly QuestionRateLimiter _limiter;

    public QuestionRateLimiterTests() =>
        _limiter = new QuestionRateLimiter(Options.Create(new RateLimitOptions { QuestionsPerWindow = 3, WindowSeconds = 30 }), _clock);

    [Fact]
    public void TryAcquire_UnderTheLimit_AllowsEachQuestion()
    {
        // Act
        var waits = Enumerable.Range(0, 3).Select(_ => _limiter.TryAcquire("slack", "U1")).ToList();

        // Assert
        Assert.All(waits, w => Assert.Null(w));
    }

    [Fact]
    public void TryAcquire_OverTheLimit_ReturnsTheWaitUntilTheOldestQuestionLeavesTheWindow()
    {
        // Arrange
        _limiter.TryAcquire("slack", "U1");
        _clock.Advance(TimeSpan.FromSeconds(10));
        _limiter.TryAcquire("slack", "U1");
        _limiter.TryAcquire("slack", "U1");

        // Act
        var wait = _limiter.TryAcquire("slack", "U1");

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(20), wait);
    }

    [Fact]
    public void TryAcquire_AfterTheWindow_AllowsAgain()
    {
        // Arrange
        for (var i = 0; i < 3; i++)
        {
            _limiter.TryAcquire("discord", "42");
        }

        _clock.Advance(TimeSpan.FromSeconds(30));

        // Act
        var wait = _limiter.TryAcquire("discord", "42");

        // Assert
        Assert.Null(wait);
    }

    [Fact]
    public void TryAcquire_SameUserOnAnotherPlatform_HasItsOwnAllowance()
    {
        // Arrange
        for (var i = 0; i < 3; i++)
        {
            _limiter.TryAcquire("discord", "42");
        }

        // Act
        var wait = _limiter.TryAcquire("slack", "42");

        // Assert
        Assert.Null(wait);
    }

    [Fact]
    public void TryAcquire_AfterUsersWereIdleForAWindow_ForgetsThem()
    {
        // Arrange
        for (var i = 0; i < 1000; i++)
        {
            _limiter.TryAcquire("slack", "U" + i);
        }

        _clock.Advance(TimeSpan.FromSeconds(31));

        // Act
        _limiter.TryAcquire("slack", "newcomer");

        // Assert
        Assert.Equal(1, _limiter.TrackedUsers);
    }

    [Fact]
    public async Task AnswerAsync_OverTheLimit_RepliesRateLimitedWithoutAskingTheEngine()
    {
        // Arrange
        var inner = Substitute.For<IAnswerService>();
        var service = new RateLimitedAnswerService(inner, _limiter);
        var question = new Question("anything", "slack", "U1");
        for (var i = 0; i < 3; i++)
        {
            await service.AnswerAsync(question);
        }

        inner.ClearReceivedCalls();

        // Act
        var answer = await service.AnswerAsync(question);

        // Assert
        Assert.Equal(AnswerOutcome.RateLimited, answer.Outcome);
        Assert.Equal("You're asking quickly — try again in 30 seconds.", answer.Message);
        await inner.DidNotReceiveWithAnyArgs().AnswerAsync(default!, default);
    }

    [Theory]
    [InlineData(0.2, "You're asking quickly — try again in 1 second.")]
    [InlineData(1.0, "You're asking quickly — try again in 1 second.")]
    [InlineData(12.1, "You're asking quickly — try again in 13 seconds.")]
    public void Message_RoundsTheWaitUp(double seconds, string expected)
    {
        // Act
        var message = RateLimitedAnswerService.Message(TimeSpan.FromSeconds(seconds));

        // Assert
        Assert.Equal(expected, message);
    }
}
