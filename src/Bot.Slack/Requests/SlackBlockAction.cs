using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Slack.Requests;

/// <summary>
/// A button click (<c>block_actions</c>), reduced to what the bot uses.
/// https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
/// </summary>
/// <param name="ActionId">"pin_answer", "unpin_answer" or "show_context".</param>
/// <param name="Value">The button's value: ours, but anyone can click, so never trusted for authorization.</param>
/// <param name="UserId">Who clicked.</param>
/// <param name="UserName">Their user name as sent, for display only.</param>
/// <param name="TeamId">The workspace, or "" for org-wide installs.</param>
/// <param name="ChannelId">The message's channel.</param>
/// <param name="MessageTs">The message's <c>ts</c>; null when the button was not in a message.</param>
/// <param name="IsEphemeral">True when the message is ephemeral and so cannot be pinned or updated.</param>
/// <param name="MessageText">The message's fallback text.</param>
/// <param name="MessageBlocks">The message's blocks, to update them in place.</param>
/// <param name="ResponseUrl">Where to answer the clicker.</param>
internal sealed record SlackBlockAction(
    string ActionId,
    string Value,
    string UserId,
    string UserName,
    string TeamId,
    string ChannelId,
    string? MessageTs,
    bool IsEphemeral,
    string? MessageText,
    JsonArray? MessageBlocks,
    Uri ResponseUrl)
{
    /// <summary>The payload's type; only "block_actions" is handled.</summary>
    public const string Type = "block_actions";

    /// <summary>The <c>payload</c> form field's type, or throws when it is not a JSON object with a type.</summary>
    public static string TypeOf(JsonElement payload) => payload.RequiredString("type");

    public static SlackBlockAction Parse(JsonElement payload)
    {
        var user = payload.Object("user") ?? throw new SlackPayloadException("The field 'user' is missing.");
        var container = payload.Object("container") ?? throw new SlackPayloadException("The field 'container' is missing.");
        var message = payload.Object("message");
        if (!payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array
            || actions.GetArrayLength() == 0 || actions[0].ValueKind != JsonValueKind.Object)
        {
            throw new SlackPayloadException("The field 'actions' is missing.");
        }

        var action = actions[0];
        var userId = SlackIds.User(user.RequiredString("id"), "user.id");

        // team is null for org-wide installs (docs/slack.md §4.1): the clicker's team, then the enterprise, stand in.
        var teamId = payload.Object("team")?.OptionalString("id") ?? user.OptionalString("team_id") ?? payload.Object("enterprise")?.OptionalString("id");
        return new SlackBlockAction(
            action.RequiredString("action_id"),
            action.OptionalString("value") ?? "",
            userId,
            user.OptionalString("name") ?? user.OptionalString("username") ?? userId,
            SlackIds.Optional(teamId, SlackIds.Team, "team.id") ?? "",
            SlackIds.Channel(container.OptionalString("channel_id") ?? payload.Object("channel")?.RequiredString("id"), "channel.id"),
            SlackIds.Optional(container.OptionalString("message_ts") ?? message?.OptionalString("ts"), SlackIds.Ts, "container.message_ts"),
            container.OptionalBool("is_ephemeral"),
            message?.OptionalString("text"),
            message?.ArrayCopy("blocks"),
            SlackUrls.ResponseUrl(payload.OptionalString("response_url"), "response_url"));
    }
}
