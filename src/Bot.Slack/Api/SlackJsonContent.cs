using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Slack.Api;

/// <summary>
/// A JSON request body with <c>charset=utf-8</c>: without it Slack warns <c>missing_charset</c>.
/// https://docs.slack.dev/apis/web-api#posting_json
/// </summary>
internal static class SlackJsonContent
{
    private static readonly MediaTypeHeaderValue s_json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    public static HttpContent From(JsonObject body) =>
        new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToJsonString())) { Headers = { ContentType = s_json } };
}
