using System.Diagnostics;
using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Discord.Dtos;
using Bot.Discord.Rendering;

namespace Bot.Discord.Interactions;

/// <summary>/ask and "Find in article": answer at once when the articles are loaded, else defer and answer after.</summary>
internal sealed class DiscordAskHandler(IAnswerService answers, IArticleLibraryProvider libraries, DiscordDeferredAnswers deferred)
{
    /// <summary>/ask question:&lt;text&gt;: a public cited answer with Pin and Show context buttons.</summary>
    public Task<DiscordInteractionResponse> AskAsync(DiscordInteraction interaction, CancellationToken ct) =>
        AnswerAsync(interaction, DiscordQuestionMapper.FromAsk(interaction), privately: false, ct);

    /// <summary>The message command: the target message's text as the question, answered only to the asker.</summary>
    public Task<DiscordInteractionResponse> FindInArticleAsync(DiscordInteraction interaction, CancellationToken ct) =>
        AnswerAsync(interaction, DiscordQuestionMapper.FromMessageCommand(interaction), privately: true, ct);

    private async Task<DiscordInteractionResponse> AnswerAsync(DiscordInteraction interaction, Question? question, bool privately, CancellationToken ct)
    {
        if (question is null)
        {
            return DiscordResponses.Ephemeral(privately
                ? "That message has no text to look up."
                : "Ask a question, for example: /ask question: who said what about the story?");
        }

        // While the index loads, an answer could miss Discord's 3-second deadline: defer and finish in the background.
        if (!libraries.GetAsync(ct).IsCompletedSuccessfully)
        {
            deferred.Enqueue(interaction.ApplicationId, interaction.Token, question, privately);
            return DiscordResponses.Deferred(privately);
        }

        var started = Stopwatch.GetTimestamp();
        var answer = await answers.AnswerAsync(question, ct);
        DiscordAnswerMetrics.Record(answer, Stopwatch.GetElapsedTime(started));
        return DiscordResponses.Message(privately ? DiscordAnswerRenderer.RenderPrivately(answer) : DiscordAnswerRenderer.Render(answer));
    }
}
