using System.Text.Json;

namespace Bot.Slack.Requests;

/// <summary>An <c>@bot question</c> message. https://docs.slack.dev/reference/events/app_mention</summary>
/// <param name="Channel">Where it was posted.</param>
/// <param name="UserId">Who posted it; "" when absent.</param>
/// <param name="Question">The text without mentions, unescaped.</param>
/// <param name="ThreadTs">The thread to answer in: the mention's thread, or the mention itself.</param>
/// <param name="FromBot">True for a bot's or integration's message (bot_id, a subtype, or this bot itself): ignored.</param>
internal sealed record SlackAppMention(string Channel, string UserId, string Question, string ThreadTs, bool FromBot)
{
    public static SlackAppMention Parse(JsonElement inner, IReadOnlySet<string> botUserIds)
    {
        var user = SlackIds.Optional(inner.OptionalString("user"), SlackIds.User, "event.user") ?? "";
        var ts = SlackIds.Ts(inner.RequiredString("ts"), "event.ts");
        var fromBot = inner.OptionalString("bot_id") is { Length: > 0 }
            || inner.OptionalString("subtype") is { Length: > 0 }
            || botUserIds.Contains(user);
        return new SlackAppMention(
            SlackIds.Channel(inner.RequiredString("channel"), "event.channel"),
            user,
            Requests.SlackText.WithoutMentions(inner.OptionalString("text") ?? ""),
            SlackIds.Optional(inner.OptionalString("thread_ts"), SlackIds.Ts, "event.thread_ts") ?? ts,
            fromBot);
    }
}
