using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Slack.Requests;

/// <summary>Reads fields of a verified JSON payload; anything not as documented becomes <see cref="SlackPayloadException"/>.</summary>
internal static class SlackJson
{
    public static JsonElement ParseObject(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            var root = JsonElement.ParseValue(ref reader);
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SlackPayloadException("The payload is not a JSON object.");
            }

            RequireDecodableStrings(root);
            return root;
        }
        catch (JsonException e)
        {
            throw new SlackPayloadException("The payload is not JSON.", e);
        }
        catch (InvalidOperationException e)
        {
            throw new SlackPayloadException("The payload has a string that is not valid UTF-16 (a lone surrogate).", e);
        }
    }

    /// <summary>
    /// Decodes every string and property name once: "\ud800" is valid JSON text but no UTF-16 string, and
    /// <see cref="JsonElement.GetString"/> would throw <see cref="InvalidOperationException"/> later, deep in a handler.
    /// </summary>
    private static void RequireDecodableStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    RequireDecodableStrings(item);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    RequireDecodableStrings(property.Value);
                }

                break;
        }
    }

    public static JsonElement? Object(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    public static string? OptionalString(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static string RequiredString(this JsonElement element, string name) =>
        element.OptionalString(name) is { Length: > 0 } value ? value : throw new SlackPayloadException($"The field '{name}' is missing.");

    public static bool OptionalBool(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>A mutable copy of an array field, or null.</summary>
    public static JsonArray? ArrayCopy(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? JsonNode.Parse(value.GetRawText()) as JsonArray
            : null;
}
