namespace Bot.Slack.Requests;

/// <summary>Checks the URLs Slack hands us before we post to them.</summary>
internal static class SlackUrls
{
    /// <summary>An absolute https URL, as every <c>response_url</c> is.</summary>
    public static Uri ResponseUrl(string? value, string field) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? uri
            : throw new SlackPayloadException($"'{field}' is not an https URL.");
}
