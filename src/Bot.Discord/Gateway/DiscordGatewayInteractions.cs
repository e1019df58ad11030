using Bot.Discord.Api;
using Bot.Discord.Dtos;
using Bot.Discord.Interactions;
using Bot.Discord.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

/// <summary>
/// An INTERACTION_CREATE goes through the same <see cref="DiscordInteractionRouter"/> as <c>POST /discord/interactions</c>;
/// the router's reply (an answer, or a deferral when it knows the work may take longer) is posted to the callback
/// route, where over HTTP it would be the response body. Should the router itself be slow, the interaction is deferred
/// before Discord's 3 seconds run out and completed once the reply is known, as deferred replies are.
/// https://docs.discord.com/developers/interactions/receiving-and-responding#receiving-an-interaction
/// </summary>
internal sealed class DiscordGatewayInteractions(
    DiscordInteractionRouter router,
    DiscordApiClient api,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<DiscordGatewayInteractions> logger)
{
    /// <summary>When to defer: Discord allows 3 s from the event, and the callback itself takes a moment.</summary>
    public static readonly TimeSpan DeferAfter = TimeSpan.FromSeconds(2);

    public async Task HandleAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);

        // Routes are built only from validated ids, whichever way the interaction came in.
        if (DiscordInteractionCheck.MalformedField(interaction) is { } field)
        {
            logger.LogInformation("Ignored a Gateway interaction with a malformed {Field}", field);
            return;
        }

        var routing = router.RouteAsync(interaction, ct);

        // Autocomplete cannot be deferred: its only reply is the choices.
        if (interaction.Type == DiscordInteractionType.Autocomplete
            || await Task.WhenAny(routing, Task.Delay(DeferAfter, time, ct)) == routing)
        {
            await api.CreateInteractionResponseAsync(interaction.Id, interaction.Token, await routing, ct);
            return;
        }

        var deferral = interaction.Type == DiscordInteractionType.MessageComponent ? DiscordResponses.DeferredUpdate : DiscordResponses.Deferred(ephemeral: false);
        await api.CreateInteractionResponseAsync(interaction.Id, interaction.Token, deferral, ct);
        var reply = await routing;

        // A reply that is itself a deferral has queued its own completion.
        if (reply.Type is not (DiscordCallbackType.DeferredChannelMessage or DiscordCallbackType.DeferredUpdateMessage))
        {
            await DiscordDeferredAnswers.CompleteAsync(api, options.Value.ApplicationId, interaction.Token, deferral.Type, reply, ct);
        }
    }
}
