using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Telemetry;
using Bot.Discord.Dtos;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Api;

/// <summary>
/// The one place retry rules live. A 429 is waited out for its retry_after (global or per route) and retried, for
/// every method: Discord did not act on it. Nothing else is retried: a POST, PUT or PATCH retried after a 5xx or a
/// timeout may act twice (https://docs.discord.com/developers/topics/rate-limits#exceeding-a-rate-limit).
/// </summary>
internal sealed class DiscordRateLimitHandler(TimeProvider time, ILogger<DiscordRateLimitHandler> logger) : DelegatingHandler
{
    /// <summary>How many 429s in a row one call waits out before giving up.</summary>
    public const int MaxRateLimitRetries = 3;

    /// <summary>The longest single wait; longer limits fail the call instead of holding an interaction past its token.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            BotMetrics.PlatformApiCalls.Add(1, new("platform", "discord"), new("status", ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)));
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt >= MaxRateLimitRetries)
            {
                return response;
            }

            var wait = await RetryAfterAsync(response, cancellationToken);
            if (wait > MaxWait)
            {
                return response;
            }

            response.Dispose();
            BotMetrics.RateLimitWaits.Add(1, new KeyValuePair<string, object?>("platform", "discord"));
            // The route's template, not the path: an interaction token in a webhook path is a credential for 15 minutes.
            logger.LogInformation("Discord rate limit on {Route}: waiting {Seconds:0.###} s", DiscordRoute.Describe(request), wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>retry_after from the body (seconds, fractional), else the Retry-After header, else one second.</summary>
    private static async Task<TimeSpan> RetryAfterAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            // Read as bytes, not as a stream: when the wait is too long this same response goes back to the caller,
            // who reads the body again, and a stream read here would be consumed (network) or closed (buffered).
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            var error = JsonSerializer.Deserialize<DiscordError>(body, DiscordJson.Options);
            if (error?.RetryAfter is { } seconds and >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }
        catch (JsonException)
        {
            // A 429 from Cloudflare is HTML; fall back to the header.
        }

        return response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
    }
}
