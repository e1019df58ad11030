using Bot.Core.Answering;

namespace Bot.Discord.Tests.Gateway;

/// <summary>The bot's own answers, held until the test releases them: an answer slower than Discord's deadline.</summary>
internal sealed class HeldAnswers(IAnswerService inner, Task release) : IAnswerService
{
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        await release.WaitAsync(cancellationToken);
        return await inner.AnswerAsync(question, cancellationToken);
    }
}
