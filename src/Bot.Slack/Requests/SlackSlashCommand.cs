namespace Bot.Slack.Requests;

/// <summary>
/// A slash command invocation. https://docs.slack.dev/interactivity/implementing-slash-commands
/// </summary>
/// <param name="Command">"/ask".</param>
/// <param name="Text">Everything after the command; may be empty.</param>
/// <param name="TeamId">The workspace (T…).</param>
/// <param name="ChannelId">Where it was typed (C…, G… or D…).</param>
/// <param name="UserId">Who typed it.</param>
/// <param name="ResponseUrl">Where delayed responses go: 5 uses within 30 minutes.</param>
internal sealed record SlackSlashCommand(string Command, string Text, string TeamId, string ChannelId, string UserId, Uri ResponseUrl)
{
    /// <summary>Reads the command's form fields; throws <see cref="SlackPayloadException"/> when one is missing.</summary>
    public static SlackSlashCommand Parse(SlackForm form) => new(
        form.Required("command"),
        SlackText.Unescape(form.Optional("text") ?? "").Trim(),
        SlackIds.Optional(form.Optional("team_id"), SlackIds.Team, "team_id") ?? "",
        SlackIds.Channel(form.Required("channel_id"), "channel_id"),
        SlackIds.User(form.Required("user_id"), "user_id"),
        SlackUrls.ResponseUrl(form.Optional("response_url"), "response_url"));
}
