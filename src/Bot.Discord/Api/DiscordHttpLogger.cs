using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Api;

/// <summary>
/// Logs Discord REST calls by route template in place of HttpClientFactory's default loggers, which write the full
/// URI: an interaction token in a webhook path is a credential for 15 minutes
/// (https://learn.microsoft.com/dotnet/core/extensions/httpclient-factory#logging).
/// </summary>
internal sealed class DiscordHttpLogger(ILogger<DiscordHttpLogger> logger) : IHttpClientLogger
{
    public object? LogRequestStart(HttpRequestMessage request) => null;

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed) =>
        logger.LogInformation("Discord {Route} answered {Status} in {Milliseconds:0} ms", DiscordRoute.Describe(request), (int)response.StatusCode, elapsed.TotalMilliseconds);

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed) =>
        logger.LogWarning("Discord {Route} failed after {Milliseconds:0} ms: {Reason}", DiscordRoute.Describe(request), elapsed.TotalMilliseconds, exception.Message);
}
