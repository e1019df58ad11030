using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Api;

/// <summary>
/// Adds <c>Authorization: Bearer xoxb-…</c> to every Web API call; with JSON bodies the token must be in the header.
/// https://docs.slack.dev/apis/web-api#authentication
/// </summary>
internal sealed class SlackBearerTokenHandler(IOptions<SlackOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.BotToken);
        return base.SendAsync(request, cancellationToken);
    }
}
