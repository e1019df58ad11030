using Bot.Core.Telemetry;

namespace Bot.Slack.Api;

/// <summary>
/// The one place that retries Slack calls: only HTTP 429, after waiting <c>Retry-After</c> (1 s when absent), at most
/// <see cref="MaxRetries"/> times. Nothing else is retried, so a <c>chat.postMessage</c> that failed with a 5xx or a
/// timeout (and may have posted) is never sent again. https://docs.slack.dev/apis/web-api/rate-limits
/// </summary>
internal sealed class SlackRateLimitHandler(TimeProvider time) : DelegatingHandler
{
    public const int MaxRetries = 3;

    /// <summary>A longer wait than this is not worth holding an answer for: the 429 is returned instead.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan s_defaultWait = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            BotMetrics.PlatformApiCalls.Add(
                1,
                new KeyValuePair<string, object?>("platform", "slack"),
                new KeyValuePair<string, object?>("status", (int)response.StatusCode));
            if ((int)response.StatusCode != 429 || attempt >= MaxRetries)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta
                ?? (response.Headers.RetryAfter?.Date is { } date ? date - time.GetUtcNow() : s_defaultWait);
            if (wait > MaxWait)
            {
                return response;
            }

            response.Dispose();
            BotMetrics.RateLimitWaits.Add(1, new KeyValuePair<string, object?>("platform", "slack"));
            await Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, time, cancellationToken);
        }
    }
}
