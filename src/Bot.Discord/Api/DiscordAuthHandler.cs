using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Api;

/// <summary>
/// Adds "Authorization: Bot &lt;token&gt;" to every request (https://docs.discord.com/developers/reference#authentication).
/// Webhook routes authenticate with the token in the path and accept the header too.
/// </summary>
internal sealed class DiscordAuthHandler(IOptions<DiscordOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.BotToken);
        return base.SendAsync(request, cancellationToken);
    }
}
