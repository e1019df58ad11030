using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Bot.Discord.Dtos;

namespace Bot.Discord.Api;

/// <summary>
/// Discord's REST API, typed. The base address is Discord:ApiBaseUrl; auth and retries are added by
/// <see cref="DiscordAuthHandler"/> and <see cref="DiscordRateLimitHandler"/>. Calls only <see cref="DiscordRoutes"/>.
/// </summary>
public sealed class DiscordApiClient(HttpClient http)
{
    /// <summary>The project's address for the User-Agent; Discord requires "DiscordBot ($url, $version)".</summary>
    public const string RepositoryUrl = "https://example.org/article-bot";

    /// <summary>"DiscordBot (url, version)" (https://docs.discord.com/developers/reference#user-agent).</summary>
    public static string UserAgent { get; } =
        $"DiscordBot ({RepositoryUrl}, {typeof(DiscordApiClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0"})";

    /// <summary>Pins a message; the audit-log reason is URL-encoded as Discord requires. Pinning twice is harmless.</summary>
    public async Task PinMessageAsync(string channelId, string messageId, string auditLogReason, CancellationToken ct)
    {
        using var request = SentOnce(DiscordRoutes.PinMessage.CreateRequest(channelId, messageId));
        request.Headers.Add("X-Audit-Log-Reason", Uri.EscapeDataString(auditLogReason.Length > 512 ? auditLogReason[..512] : auditLogReason));
        using var response = await SendAsync(request, ct);
    }

    /// <summary>Unpins a message.</summary>
    public async Task UnpinMessageAsync(string channelId, string messageId, string auditLogReason, CancellationToken ct)
    {
        using var request = SentOnce(DiscordRoutes.UnpinMessage.CreateRequest(channelId, messageId));
        request.Headers.Add("X-Audit-Log-Reason", Uri.EscapeDataString(auditLogReason.Length > 512 ? auditLogReason[..512] : auditLogReason));
        using var response = await SendAsync(request, ct);
    }

    /// <summary>Whether a message is pinned now, as Discord sees it.</summary>
    public async Task<bool> IsPinnedAsync(string channelId, string messageId, CancellationToken ct)
    {
        using var request = DiscordRoutes.GetMessage.CreateRequest(channelId, messageId);
        using var response = await SendAsync(request, ct);
        var message = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return message.ValueKind == JsonValueKind.Object && message.TryGetProperty("pinned", out var pinned) && pinned.ValueKind == JsonValueKind.True;
    }

    /// <summary>Replaces the deferred "thinking…" reply with the answer.</summary>
    internal Task EditOriginalResponseAsync(string applicationId, string interactionToken, DiscordMessageData message, CancellationToken ct) =>
        SendJsonAsync(DiscordRoutes.EditOriginalResponse, message, ct, applicationId, interactionToken);

    /// <summary>Sends a follow-up message, which may be ephemeral: how a deferred component click says something privately.</summary>
    internal Task CreateFollowUpAsync(string applicationId, string interactionToken, DiscordMessageData message, CancellationToken ct) =>
        SendJsonAsync(DiscordRoutes.CreateFollowUp, message, ct, applicationId, interactionToken);

    /// <summary>Replaces every command, globally or in one guild; returns what Discord registered.</summary>
    internal async Task<JsonElement> BulkOverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<DiscordApplicationCommand> commands, CancellationToken ct)
    {
        var route = guildId is null ? DiscordRoutes.BulkOverwriteGlobalCommands : DiscordRoutes.BulkOverwriteGuildCommands;
        using var request = guildId is null ? route.CreateRequest(applicationId) : route.CreateRequest(applicationId, guildId);
        request.Content = JsonContent.Create(commands, options: DiscordJson.Options);
        using var response = await SendAsync(request, ct);
        return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    }

    /// <summary>
    /// Gives a body-less request an empty body, so that it goes out once. SocketsHttpHandler silently resends a request
    /// whose pooled connection closes before any answer, but only while it has not started sending a body: a dropped
    /// connection otherwise sent one click's pin PUT four times, once per idle connection. A lost answer is instead
    /// checked (DiscordPinHandler), which is what the moderator is told about.
    /// </summary>
    private static HttpRequestMessage SentOnce(HttpRequestMessage request)
    {
        request.Content = new ByteArrayContent([]);
        return request;
    }

    /// <summary>The Gateway URL and how many sessions the bot may still start (GET /gateway/bot).</summary>
    internal async Task<DiscordGatewayBot> GetGatewayBotAsync(CancellationToken ct)
    {
        using var request = DiscordRoutes.GetGatewayBot.CreateRequest();
        using var response = await SendAsync(request, ct);
        return await response.Content.ReadFromJsonAsync<DiscordGatewayBot>(DiscordJson.Options, ct)
            ?? throw new DiscordApiException(response.StatusCode, null, "GET /gateway/bot returned null");
    }

    /// <summary>Posts a message in a channel: the reply to an @mention.</summary>
    internal Task CreateMessageAsync(string channelId, DiscordReply message, CancellationToken ct) =>
        SendJsonAsync(DiscordRoutes.CreateMessage, message, ct, channelId);

    /// <summary>Answers an interaction that came over the Gateway (over HTTP the answer is the response body).</summary>
    internal Task CreateInteractionResponseAsync(string interactionId, string interactionToken, DiscordInteractionResponse reply, CancellationToken ct) =>
        SendJsonAsync(DiscordRoutes.CreateInteractionResponse, reply, ct, interactionId, interactionToken);

    /// <summary>Sends <paramref name="body"/> as JSON to a route filled with <paramref name="values"/>; the reply's body is not needed.</summary>
    private async Task SendJsonAsync<T>(DiscordRoute route, T body, CancellationToken ct, params string[] values)
    {
        using var request = route.CreateRequest(values);
        request.Content = JsonContent.Create(body, options: DiscordJson.Options);
        using var response = await SendAsync(request, ct);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await http.SendAsync(request, ct);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            DiscordError? error = null;
            try
            {
                error = await response.Content.ReadFromJsonAsync<DiscordError>(DiscordJson.Options, ct);
            }
            catch (JsonException)
            {
                // Not Discord's JSON (a proxy's HTML page): the status says enough.
            }

            throw new DiscordApiException(response.StatusCode, error?.Code, error?.Message);
        }
    }
}
