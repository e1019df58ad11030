using System.Net.Http.Headers;
using System.Text.Json;
using Bot.Slack.Api;

namespace Bot.Slack.SocketMode;

/// <summary>
/// <c>apps.connections.open</c>: a fresh, single-use WebSocket URL, asked for with the app-level token in the header
/// (as a POST parameter it is refused). Its own client because every other call carries the bot token.
/// https://docs.slack.dev/reference/methods/apps.connections.open
/// </summary>
internal sealed class SlackSocketModeClient(HttpClient http)
{
    public async Task<Uri> OpenConnectionAsync(string appToken, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SlackApiMethods.AppsConnectionsOpen)
        {
            Content = new FormUrlEncodedContent([]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", appToken);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackSocketModeException($"http_{(int)response.StatusCode}");
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(ct));
        var root = body.RootElement;
        if (root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True
            && root.TryGetProperty("url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri))
        {
            return uri;
        }

        throw new SlackSocketModeException(root.TryGetProperty("error", out var error) ? error.GetString() ?? "unknown_error" : "unknown_error");
    }
}
