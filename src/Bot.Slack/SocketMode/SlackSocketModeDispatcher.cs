using System.Text;
using System.Text.Json;
using Bot.Slack.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.SocketMode;

/// <summary>
/// Hands an envelope to the same handler as the matching HTTP endpoint, in the body that endpoint would have been
/// posted (the events JSON as is; a slash command's fields as a form; an interaction as <c>payload=…</c>), so both
/// ways in share one parse, one validation, one de-duplication by event_id and one work queue. Socket Mode has no
/// signature to check. https://docs.slack.dev/apis/events-api/using-socket-mode
/// </summary>
internal sealed class SlackSocketModeDispatcher(IServiceScopeFactory scopes, ILogger<SlackSocketModeDispatcher> logger)
{
    /// <summary>
    /// Journals and queues the envelope's work, as the HTTP endpoint does (<see cref="SlackDispatch"/>); returns what a
    /// slash command's acknowledgement should carry (help text), or null.
    /// </summary>
    public async Task<object?> DispatchAsync(SlackEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        using var scope = scopes.CreateScope();
        try
        {
            var (kind, body) = envelope.Type switch
            {
                SlackEnvelope.EventsApi => (SlackDispatch.Kinds.Event, Encoding.UTF8.GetBytes(envelope.Payload.GetRawText())),
                SlackEnvelope.SlashCommands => (SlackDispatch.Kinds.Command, FormBody(envelope.Payload)),
                SlackEnvelope.Interactive => (SlackDispatch.Kinds.Interaction, Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(envelope.Payload.GetRawText()))),
                _ => (null, []),
            };
            if (kind is null)
            {
                return null;
            }

            var result = await new SlackDispatch(scope.ServiceProvider, body, JournalId: null).RunAsync(kind);
            return result is IValueHttpResult { Value: { } value } && result is not IStatusCodeHttpResult { StatusCode: >= 400 } ? value : null;
        }
        catch (Exception e) when (e is SlackPayloadException or JsonException or InvalidOperationException)
        {
            // Over HTTP this is a 400; here the envelope is acknowledged all the same, or Slack would redeliver it.
            logger.LogWarning("Slack Socket Mode {Type} envelope was not usable: {Reason}", envelope.Type, e.Message);
            return null;
        }
    }

    /// <summary>A slash command's JSON fields as the form Slack posts over HTTP.</summary>
    private static byte[] FormBody(JsonElement payload)
    {
        var fields = payload.ValueKind == JsonValueKind.Object
            ? payload.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
                .Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value.GetString()!))
            : [];
        return Encoding.UTF8.GetBytes(string.Join('&', fields));
    }
}
