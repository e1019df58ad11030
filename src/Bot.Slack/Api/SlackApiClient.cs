using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Slack.Rendering;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Api;

/// <summary>
/// The Slack Web API, typed. The base address and bearer token come from the handlers (<see cref="SlackBearerTokenHandler"/>,
/// <see cref="SlackRateLimitHandler"/>); <c>ok: false</c> becomes a typed <see cref="SlackApiResult"/>; a network
/// failure, timeout or 5xx becomes <see cref="SlackApiError.Transport"/> and is not retried, so no answer is posted twice.
/// https://docs.slack.dev/apis/web-api
/// </summary>
internal sealed class SlackApiClient(HttpClient http, ILogger<SlackApiClient> logger)
{
    /// <summary>Posts a message; the result's <c>ts</c> is the message's id, kept as a string.</summary>
    public Task<SlackApiResult> PostMessageAsync(string channel, SlackMessage message, string? threadTs, CancellationToken ct)
    {
        var body = MessageBody(channel, message);
        body["unfurl_links"] = false;
        body["unfurl_media"] = false;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        return PostAsync(SlackApiMethods.PostMessage, body, ct);
    }

    public Task<SlackApiResult> UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken ct)
    {
        var body = MessageBody(channel, message);
        body["ts"] = ts;
        return PostAsync(SlackApiMethods.Update, body, ct);
    }

    public Task<SlackApiResult> AddPinAsync(string channel, string ts, CancellationToken ct) =>
        PostAsync(SlackApiMethods.PinsAdd, new JsonObject { ["channel"] = channel, ["timestamp"] = ts }, ct);

    public Task<SlackApiResult> RemovePinAsync(string channel, string ts, CancellationToken ct) =>
        PostAsync(SlackApiMethods.PinsRemove, new JsonObject { ["channel"] = channel, ["timestamp"] = ts }, ct);

    public Task<SlackApiResult> GetUserAsync(string userId, CancellationToken ct) =>
        GetAsync(SlackApiMethods.UsersInfo, $"user={Uri.EscapeDataString(userId)}", ct);

    public Task<SlackApiResult> ListUsergroupMembersAsync(string usergroupId, CancellationToken ct) =>
        GetAsync(SlackApiMethods.UsergroupUsersList, $"usergroup={Uri.EscapeDataString(usergroupId)}", ct);

    private static JsonObject MessageBody(string channel, SlackMessage message) => new()
    {
        ["channel"] = channel,
        ["text"] = message.Text,
        ["blocks"] = message.Blocks.DeepClone(),
    };

    private Task<SlackApiResult> PostAsync(string method, JsonObject body, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, method)
        {
            Content = SlackJsonContent.From(body),
        };
        return SendAsync(method, request, ct);
    }

    private Task<SlackApiResult> GetAsync(string method, string query, CancellationToken ct) =>
        SendAsync(method, new HttpRequestMessage(HttpMethod.Get, method + "?" + query), ct);

    private async Task<SlackApiResult> SendAsync(string method, HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            try
            {
                using var response = await http.SendAsync(request, ct);
                if (!response.IsSuccessStatusCode)
                {
                    logger.LogWarning("Slack {Method} answered HTTP {Status}", method, (int)response.StatusCode);
                    return SlackApiResult.Failed(
                        (int)response.StatusCode == 429 ? SlackApiError.RateLimited : SlackApiError.Transport,
                        $"http_{(int)response.StatusCode}");
                }

                var bytes = await response.Content.ReadAsByteArrayAsync(ct);
                return Read(method, bytes);
            }
            catch (HttpRequestException e)
            {
                logger.LogWarning("Slack {Method} failed: {Reason}", method, e.Message);
                return SlackApiResult.Failed(SlackApiError.Transport, "network_error");
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                logger.LogWarning("Slack {Method} timed out", method);
                return SlackApiResult.Failed(SlackApiError.Transport, "timeout");
            }
        }
    }

    private SlackApiResult Read(string method, byte[] bytes)
    {
        JsonElement body;
        try
        {
            // Clone copies the root out of the pooled buffers that disposing the document returns.
            using var document = JsonDocument.Parse(bytes);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            logger.LogWarning("Slack {Method} answered with a body that is not JSON", method);
            return SlackApiResult.Failed(SlackApiError.Transport, "invalid_response");
        }

        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True)
        {
            return new SlackApiResult(SlackApiError.None, null, body);
        }

        var result = new SlackApiResult(SlackApiError.Other, "unknown_error", body);
        var code = result.String("error") ?? "unknown_error";
        var needed = result.String("needed");

        // response_metadata.messages explains invalid_blocks and friends: log it, never show it.
        var detail = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("response_metadata", out var metadata)
            ? metadata.GetRawText()
            : "";
        logger.LogWarning("Slack {Method} failed: {Error} {Needed} {Detail}", method, code, needed, detail);
        return result with { Error = SlackApiResult.Classify(code), Code = code, Needed = needed };
    }
}
