using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Discord.Tests;

/// <summary>Interaction bodies shaped like Discord's (docs: interactions/receiving-and-responding), as JSON text.</summary>
internal static class Interactions
{
    public const string ChannelId = "333333333333333333";
    public const string PinMessages = "2251799813685248";
    public const string NoPermissions = "1024";

    private static int s_next;

    public static string Ping() => """{"type":1,"id":"1","application_id":"111111111111111111","token":"t","version":1}""";

    public static string Ask(string question) => Command("ask", new JsonArray(Option("question", question)));

    public static string Command(string name, JsonArray? options = null, JsonObject? member = null, int type = 2, JsonObject? extra = null)
    {
        var data = new JsonObject { ["id"] = "444", ["name"] = name, ["type"] = 1 };
        if (options is not null)
        {
            data["options"] = options;
        }

        var body = Envelope(type, member ?? Member(NoPermissions));
        body["data"] = data;
        foreach (var (key, value) in extra ?? new JsonObject())
        {
            data[key] = value?.DeepClone();
        }

        return body.ToJsonString();
    }

    public static JsonObject Option(string name, string value, bool focused = false)
    {
        var option = new JsonObject { ["type"] = 3, ["name"] = name, ["value"] = value };
        if (focused)
        {
            option["focused"] = true;
        }

        return option;
    }

    /// <summary>A button click on a message the bot sent, by a member with these permissions and roles.</summary>
    public static string Click(string customId, string messageId, JsonNode? embeds, JsonObject member)
    {
        var body = Envelope(3, member);
        body["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        body["message"] = new JsonObject
        {
            ["id"] = messageId,
            ["channel_id"] = ChannelId,
            ["content"] = "",
            ["embeds"] = embeds?.DeepClone() ?? new JsonArray(),
            ["components"] = new JsonArray(),
            ["flags"] = 0,
        };
        return body.ToJsonString();
    }

    public static JsonObject Member(string permissions, params string[] roles) => new()
    {
        ["user"] = new JsonObject { ["id"] = "555", ["username"] = "mod_ana", ["global_name"] = "Ana", ["discriminator"] = "0" },
        ["roles"] = new JsonArray(roles.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray()),
        ["permissions"] = permissions,
        ["joined_at"] = "2024-01-01T00:00:00+00:00",
    };

    /// <summary>A fresh interaction id: the bot answers each interaction id once, as Discord sends each once.</summary>
    public static string NewInteractionId() => (786008729715212338L + Interlocked.Increment(ref s_next)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A unique message id per test, so tests sharing a host do not see each other's requests.</summary>
    public static string NewMessageId() => (900000000000000000L + Interlocked.Increment(ref s_next)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    /// <summary>The interaction's token: the webhook path of its deferred reply contains it.</summary>
    public static string TokenOf(string interaction) => Json(interaction).GetProperty("token").GetString()!;

    public static string IdOf(string interaction) => Json(interaction).GetProperty("id").GetString()!;

    /// <summary>The same interaction under a fresh token, as Discord sends a second click on one button.</summary>
    public static string WithNewToken(string interaction)
    {
        var body = JsonNode.Parse(interaction)!.AsObject();
        body["token"] = "tok-" + Guid.NewGuid().ToString("N");
        body["id"] = NewInteractionId();
        return body.ToJsonString();
    }

    private static JsonObject Envelope(int type, JsonObject member) => new()
    {
        ["type"] = type,
        ["id"] = NewInteractionId(),
        ["application_id"] = DiscordBotFactory.ApplicationId,
        ["token"] = "tok-" + Guid.NewGuid().ToString("N"),
        ["version"] = 1,
        ["guild_id"] = DiscordBotFactory.GuildId,
        ["channel_id"] = ChannelId,
        ["app_permissions"] = "2251799813770240",
        ["locale"] = "en-US",
        ["member"] = member,
    };
}
