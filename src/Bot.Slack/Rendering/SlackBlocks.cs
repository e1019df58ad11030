using System.Text.Json.Nodes;

namespace Bot.Slack.Rendering;

/// <summary>The few Block Kit blocks the bot sends, as JSON. https://docs.slack.dev/reference/block-kit/blocks</summary>
internal static class SlackBlocks
{
    /// <summary>A section of already-escaped mrkdwn, kept under the 3,000-character limit.</summary>
    public static JsonObject Section(string mrkdwn, string? blockId = null)
    {
        var block = new JsonObject
        {
            ["type"] = "section",
            ["text"] = Mrkdwn(SlackMrkdwn.Shorten(mrkdwn.Length == 0 ? " " : mrkdwn, SlackMrkdwn.MaxSectionText - 1)),
        };
        return WithId(block, blockId);
    }

    /// <summary>A context block of already-escaped mrkdwn lines.</summary>
    public static JsonObject Context(string blockId, params string[] mrkdwn)
    {
        var elements = new JsonArray();
        foreach (var text in mrkdwn)
        {
            elements.Add(Mrkdwn(SlackMrkdwn.Shorten(text, SlackMrkdwn.MaxSectionText - 1)));
        }

        return new JsonObject { ["type"] = "context", ["block_id"] = blockId, ["elements"] = elements };
    }

    public static JsonObject Actions(string blockId, params JsonObject[] buttons)
    {
        var elements = new JsonArray();
        foreach (var button in buttons)
        {
            elements.Add(button);
        }

        return new JsonObject { ["type"] = "actions", ["block_id"] = blockId, ["elements"] = elements };
    }

    /// <summary>A button; <paramref name="value"/> is at most 2,000 characters.</summary>
    public static JsonObject Button(string actionId, string label, string value, string? style = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = label, ["emoji"] = true },
            ["value"] = value,
        };
        if (style is not null)
        {
            button["style"] = style;
        }

        return button;
    }

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    private static JsonObject WithId(JsonObject block, string? blockId)
    {
        if (blockId is not null)
        {
            block["block_id"] = blockId;
        }

        return block;
    }
}
