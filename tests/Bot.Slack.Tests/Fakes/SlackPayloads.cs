using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Slack.Tests.Fakes;

/// <summary>Payloads in the shapes the docs show (docs/slack.md §2.1, §4.1, §7.2), with test ids.</summary>
public static class SlackPayloads
{
    public const string Channel = "C1";
    public const string Team = "T1";
    public const string CommandResponseUrl = "https://hooks.slack.com/commands/T1/1/abc";
    public const string ActionResponseUrl = "https://hooks.slack.com/actions/T1/2/def";

    public static KeyValuePair<string, string>[] Command(string text, string user = "UASKER") =>
    [
        new("token", "deprecated"),
        new("team_id", Team),
        new("channel_id", Channel),
        new("channel_name", "test"),
        new("user_id", user),
        new("user_name", "asker"),
        new("command", "/ask"),
        new("text", text),
        new("response_url", CommandResponseUrl),
        new("trigger_id", NewTriggerId()),
        new("api_app_id", "A1"),
    ];

    /// <summary>A click on a button of a posted message, the message's blocks included.</summary>
    public static KeyValuePair<string, string>[] Click(string actionId, string value, string user, JsonNode? blocks, string ts = FakeSlackApi.PostedTs)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "example" },
            ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["name"] = user.ToLowerInvariant(), ["team_id"] = Team },
            ["api_app_id"] = "A1",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ts, ["channel_id"] = Channel, ["is_ephemeral"] = false },
            ["channel"] = new JsonObject { ["id"] = Channel, ["name"] = "test" },
            ["message"] = new JsonObject { ["type"] = "message", ["text"] = "fallback", ["ts"] = ts, ["blocks"] = blocks?.DeepClone() ?? new JsonArray() },
            ["response_url"] = ActionResponseUrl,
            ["trigger_id"] = NewTriggerId(),
            ["actions"] = new JsonArray
            {
                new JsonObject { ["action_id"] = actionId, ["block_id"] = "ans_actions", ["value"] = value, ["type"] = "button", ["action_ts"] = "1.2" },
            },
        };
        return [new("payload", payload.ToJsonString())];
    }

    public static string Mention(string eventId, string text, string user = "UASKER", string? botId = null)
    {
        var inner = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = user,
            ["text"] = text,
            ["ts"] = "1515449522.000016",
            ["channel"] = Channel,
            ["event_ts"] = "1515449522000016",
        };
        if (botId is not null)
        {
            inner["bot_id"] = botId;
        }

        return new JsonObject
        {
            ["token"] = "deprecated",
            ["team_id"] = Team,
            ["api_app_id"] = "A1",
            ["event"] = inner,
            ["type"] = "event_callback",
            ["event_id"] = eventId,
            ["event_time"] = 1515449522,
            ["authorizations"] = new JsonArray { new JsonObject { ["team_id"] = Team, ["user_id"] = "UBOT", ["is_bot"] = true } },
        }.ToJsonString();
    }

    /// <summary>A fresh trigger id, as Slack gives every command and click one: the bot answers each trigger once.</summary>
    public static string NewTriggerId() => "13345224609.738474920." + Guid.NewGuid().ToString("N");

    /// <summary>The value of a button in a posted message's blocks.</summary>
    public static string ButtonValue(JsonElement blocks, string actionId) =>
        blocks.EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())
            .First(e => e.GetProperty("action_id").GetString() == actionId)
            .GetProperty("value").GetString()!;
}
