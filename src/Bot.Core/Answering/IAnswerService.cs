namespace Bot.Core.Answering;

/// <summary>Answers a question from the articles: what every chat adapter calls.</summary>
public interface IAnswerService
{
    /// <summary>The cited answer, a refusal with suggestions, or a clear message for a question that can't be asked.</summary>
    Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default);
}
