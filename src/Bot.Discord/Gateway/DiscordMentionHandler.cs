using Bot.Discord.Api;
using Bot.Discord.Dtos;
using Bot.Discord.Interactions;

namespace Bot.Discord.Gateway;

/// <summary>
/// Answers an @mention (or a DM) with what /ask would show, embed and buttons, as a reply to the message. The
/// question goes through the same <see cref="Bot.Core.Answering.IAnswerService"/> as /ask, so the per-user rate
/// limit, the refusals and the metrics are the same.
/// </summary>
internal sealed class DiscordMentionHandler(DiscordAskHandler ask, DiscordApiClient api, GatewaySession session)
{
    public const string Usage = "Ask me about the article after the mention, for example: who said the tariffs would backfire?";

    public async Task HandleAsync(DiscordMessageCreate message, CancellationToken ct)
    {
        if (DiscordMentionMapper.FromMessage(message, session.BotUserId) is not { } question)
        {
            return;
        }

        var reply = question.Text.Length == 0
            ? new DiscordMessageData(Usage)
            : await ask.AnswerPubliclyAsync(question, ct);
        await api.CreateMessageAsync(message.ChannelId, DiscordReply.To(message.Id, reply), ct);
    }
}
