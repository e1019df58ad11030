using System.Text.Json.Nodes;
using Bot.Slack.Rendering;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Api;

/// <summary>
/// Posts to an interaction's <c>response_url</c> (no token: the URL is its own credential; 5 uses in 30 minutes).
/// https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
/// </summary>
internal sealed class SlackResponseClient(HttpClient http, ILogger<SlackResponseClient> logger)
{
    /// <summary>Only the asker sees it; never replaces the message it came from.</summary>
    public Task<bool> EphemeralAsync(Uri responseUrl, SlackMessage message, CancellationToken ct) =>
        SendAsync(responseUrl, message, "ephemeral", ct);

    /// <summary>Everyone in the channel sees it, even where the bot is not a member.</summary>
    public Task<bool> InChannelAsync(Uri responseUrl, SlackMessage message, CancellationToken ct) =>
        SendAsync(responseUrl, message, "in_channel", ct);

    private async Task<bool> SendAsync(Uri responseUrl, SlackMessage message, string responseType, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["response_type"] = responseType,

            // Always explicit: leaving it out can overwrite the message the click came from.
            ["replace_original"] = false,
            ["text"] = message.Text,
            ["blocks"] = message.Blocks.DeepClone(),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl)
        {
            Content = SlackJsonContent.From(body),
        };
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                // Never log the response_url itself: it is a credential.
                logger.LogWarning("Slack response_url answered HTTP {Status}", (int)response.StatusCode);
            }

            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Slack response_url failed: {Reason}", e.Message);
            return false;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Slack response_url timed out");
            return false;
        }
    }
}
