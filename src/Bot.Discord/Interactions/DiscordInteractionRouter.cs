using Bot.Discord.Dtos;
using Bot.Discord.Rendering;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>Dispatches a verified interaction by type, command name or button; anything unknown gets a polite reply.</summary>
internal sealed class DiscordInteractionRouter(
    DiscordAskHandler ask,
    DiscordLibraryHandler library,
    DiscordPinHandler pins,
    ILogger<DiscordInteractionRouter> logger)
{
    public const string AskCommand = "ask";
    public const string QuotesCommand = "quotes";
    public const string PinnedCommand = "pinned";
    public const string FindInArticleCommand = "Find in article";

    public async Task<DiscordInteractionResponse> RouteAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        try
        {
            return interaction.Type switch
            {
                DiscordInteractionType.Ping => DiscordResponses.Pong,
                DiscordInteractionType.ApplicationCommand => await CommandAsync(interaction, ct),
                DiscordInteractionType.MessageComponent => await ComponentAsync(interaction, ct),
                DiscordInteractionType.Autocomplete when interaction.Data?.Name == QuotesCommand => library.SuggestPeople(interaction),
                DiscordInteractionType.Autocomplete => new DiscordInteractionResponse(DiscordCallbackType.AutocompleteResult, new DiscordAutocompleteData([])),
                _ => DiscordResponses.Unknown,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never a 500: Discord would show "interaction failed" and the person would not know why.
            logger.LogError(e, "Discord interaction {Type} {Name} failed", interaction.Type, interaction.Data?.Name ?? interaction.Data?.CustomId);
            return DiscordResponses.Ephemeral("Sorry, something went wrong on my side. Please try again.");
        }
    }

    private Task<DiscordInteractionResponse> CommandAsync(DiscordInteraction interaction, CancellationToken ct) =>
        interaction.Data?.Name switch
        {
            AskCommand => ask.AskAsync(interaction, ct),
            QuotesCommand => library.QuotesAsync(interaction, ct),
            PinnedCommand => pins.ListAsync(interaction, ct),
            FindInArticleCommand => ask.FindInArticleAsync(interaction, ct),
            _ => Task.FromResult(DiscordResponses.Unknown),
        };

    private Task<DiscordInteractionResponse> ComponentAsync(DiscordInteraction interaction, CancellationToken ct) =>
        DiscordCustomId.Parse(interaction.Data?.CustomId) switch
        {
            { Action: DiscordCustomId.Pin } id => Task.FromResult(pins.Pin(interaction, id)),
            { Action: DiscordCustomId.Unpin } id => Task.FromResult(pins.Unpin(interaction, id)),
            { Action: DiscordCustomId.Context } id => library.ContextAsync(interaction, id, ct),
            _ => Task.FromResult(DiscordResponses.Unknown),
        };
}
