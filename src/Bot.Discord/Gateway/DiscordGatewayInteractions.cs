using Bot.Discord.Api;
using Bot.Discord.Dtos;
using Bot.Discord.Interactions;

namespace Bot.Discord.Gateway;

/// <summary>
/// An INTERACTION_CREATE goes through the same <see cref="DiscordInteractionRouter"/> as <c>POST /discord/interactions</c>;
/// the router's reply (an answer, or a deferral when the work may take longer) is posted to the callback route, where
/// over HTTP it would be the response body. https://docs.discord.com/developers/interactions/receiving-and-responding#receiving-an-interaction
/// </summary>
internal sealed class DiscordGatewayInteractions(DiscordInteractionRouter router, DiscordApiClient api)
{
    public async Task HandleAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var reply = await router.RouteAsync(interaction, ct);
        await api.CreateInteractionResponseAsync(interaction.Id, interaction.Token, reply, ct);
    }
}
