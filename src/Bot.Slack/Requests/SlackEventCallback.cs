using System.Text.Json;

namespace Bot.Slack.Requests;

/// <summary>
/// An Events API delivery (<c>event_callback</c>) carrying an <c>app_mention</c>, reduced to what the bot uses.
/// https://docs.slack.dev/apis/events-api and https://docs.slack.dev/reference/events/app_mention
/// </summary>
/// <param name="EventId">Globally unique; retries carry the same id.</param>
/// <param name="TeamId">The workspace.</param>
/// <param name="EventType">The inner event's type.</param>
/// <param name="Mention">The mention, when the inner event is one the bot should answer; null otherwise.</param>
internal sealed record SlackEventCallback(string EventId, string TeamId, string EventType, SlackAppMention? Mention)
{
    public const string UrlVerification = "url_verification";
    public const string Callback = "event_callback";

    public static SlackEventCallback Parse(JsonElement root)
    {
        var inner = root.Object("event") ?? throw new SlackPayloadException("The field 'event' is missing.");
        var eventType = inner.RequiredString("type");
        var botUserIds = BotUserIds(root);
        var mention = eventType == "app_mention" ? SlackAppMention.Parse(inner, botUserIds) : null;
        return new SlackEventCallback(root.RequiredString("event_id"), root.OptionalString("team_id") ?? "", eventType, mention);
    }

    /// <summary>The bot users the event was delivered to: a mention by one of them is the bot talking to itself.</summary>
    private static HashSet<string> BotUserIds(JsonElement root)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("authorizations", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var authorization in list.EnumerateArray())
            {
                if (authorization.OptionalBool("is_bot") && authorization.OptionalString("user_id") is { Length: > 0 } id)
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }
}
