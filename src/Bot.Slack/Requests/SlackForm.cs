using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Bot.Slack.Requests;

/// <summary>An <c>application/x-www-form-urlencoded</c> body, parsed only after its signature was checked.</summary>
internal sealed class SlackForm(Dictionary<string, StringValues> fields)
{
    public static SlackForm Parse(ReadOnlySpan<byte> body)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            throw new SlackPayloadException("The form body is not UTF-8.", e);
        }

        return new SlackForm(QueryHelpers.ParseQuery(text));
    }

    /// <summary>The field's value, or null when absent.</summary>
    public string? Optional(string name) => fields.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>The field's non-empty value.</summary>
    public string Required(string name) =>
        Optional(name) is { Length: > 0 } value ? value : throw new SlackPayloadException($"The form field '{name}' is missing.");
}
