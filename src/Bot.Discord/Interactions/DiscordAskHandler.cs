using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Discord.Dtos;
using Bot.Discord.Rendering;

namespace Bot.Discord.Interactions;

/// <summary>
/// /ask and "Find in article": answer at once when the articles are loaded, else defer and answer after. Questions
/// are counted by the host's metrics decorator around <see cref="IAnswerService"/>, not here.
/// </summary>
internal sealed class DiscordAskHandler(IAnswerService answers, IArticleLibraryProvider libraries, DiscordDeferredAnswers deferred)
{
    /// <summary>/ask question:&lt;text&gt;: a public cited answer with Pin and Show context buttons.</summary>
    public Task<DiscordInteractionResponse> AskAsync(DiscordInteraction interaction, CancellationToken ct) =>
        AnswerAsync(interaction, DiscordQuestionMapper.FromAsk(interaction), privately: false, ct);

    /// <summary>The message command: the target message's text as the question, answered only to the asker.</summary>
    public Task<DiscordInteractionResponse> FindInArticleAsync(DiscordInteraction interaction, CancellationToken ct) =>
        AnswerAsync(interaction, DiscordQuestionMapper.FromMessageCommand(interaction), privately: true, ct);

    private Task<DiscordInteractionResponse> AnswerAsync(DiscordInteraction interaction, Question? question, bool privately, CancellationToken ct)
    {
        if (question is null)
        {
            return Task.FromResult(DiscordResponses.Ephemeral(privately
                ? "That message has no text to look up."
                : "Ask a question, for example: /ask question: who said what about the story?"));
        }

        // While the index loads, an answer could miss Discord's 3-second deadline: defer and finish in the background.
        return deferred.RunOrDeferAsync(this, interaction, DiscordResponses.Deferred(privately), (handler, token) => handler.AnswerNowAsync(question, privately, token), ct);
    }

    private async Task<DiscordInteractionResponse> AnswerNowAsync(Question question, bool privately, CancellationToken ct)
    {
        var answer = await answers.AnswerAsync(question, ct);
        return DiscordResponses.Message(privately ? DiscordAnswerRenderer.RenderPrivately(answer) : await RenderPubliclyAsync(answer, ct));
    }

    /// <summary>The public answer to <paramref name="question"/>, as /ask shows it: also the reply to an @mention.</summary>
    public async Task<DiscordMessageData> AnswerPubliclyAsync(Question question, CancellationToken ct) =>
        await RenderPubliclyAsync(await answers.AnswerAsync(question, ct), ct);

    private async Task<DiscordMessageData> RenderPubliclyAsync(Answer answer, CancellationToken ct)
    {
        // The buttons carry the cited article's fingerprint, so a click after the seeds change cannot pin or show other text.
        var library = await libraries.GetAsync(ct);
        var fingerprint = answer.ArticleId is { } articleId ? library.Find(articleId)?.Fingerprint : null;
        return DiscordAnswerRenderer.Render(answer, fingerprint);
    }
}
