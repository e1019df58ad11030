using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Slack.Tests.Fakes;

/// <summary>Every <c>text</c> string in a block tree, one per line: what a reader of the message sees.</summary>
public static class BlockText
{
    public static string Of(JsonNode? node) => string.Join('\n', Collect(node));

    public static string Of(JsonElement element) => Of(JsonNode.Parse(element.GetRawText()));

    private static IEnumerable<string> Collect(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "text" && value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
                    {
                        yield return text.GetValue<string>();
                    }
                    else
                    {
                        foreach (var inner in Collect(value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Collect(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
