using System.Text.Json;

namespace Bot.Slack.Tests.Fakes;

/// <summary>One request the bot sent to Slack: a Web API method, or "response_url".</summary>
public sealed record SlackCall(string Method, HttpMethod HttpMethod, Uri Uri, string Body, string? Authorization)
{
    public const string ResponseUrl = "response_url";

    /// <summary>The JSON body, parsed.</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
