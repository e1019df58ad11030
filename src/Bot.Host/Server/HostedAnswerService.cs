using Bot.Core.Answering;

namespace Bot.Host.Server;

/// <summary>The answer service the adapters call: waits for the engine to load, then answers.</summary>
internal sealed class HostedAnswerService(EngineHolder holder) : IAnswerService
{
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        var engine = await holder.Loaded.WaitAsync(cancellationToken);
        return engine.Answers.Answer(question);
    }
}
