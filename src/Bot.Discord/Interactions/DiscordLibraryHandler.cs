using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Discord.Dtos;
using Bot.Discord.Rendering;

namespace Bot.Discord.Interactions;

/// <summary>What reads the articles directly: /quotes, its autocomplete, and the Show context button.</summary>
internal sealed class DiscordLibraryHandler(IArticleLibraryProvider libraries)
{
    /// <summary>Autocomplete offers at most 25 choices.</summary>
    public const int MaxChoices = 25;

    /// <summary>/quotes person:&lt;name&gt;: that person's quotes in order, with role.</summary>
    public async Task<DiscordInteractionResponse> QuotesAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        var name = DiscordQuestionMapper.Option(interaction, "person")?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return DiscordResponses.Ephemeral("Name someone quoted in the articles, for example: /quotes person: …");
        }

        var library = await libraries.GetAsync(ct);
        var person = library.People.FirstOrDefault(p => Fold(p.Speaker.Name) == Fold(name))
            ?? library.People.FirstOrDefault(p => Fold(p.Speaker.Name).Contains(Fold(name), StringComparison.Ordinal));
        return person is null
            ? DiscordResponses.Ephemeral($"Nobody called “{name}” is quoted in the articles.")
            : DiscordResponses.Message(DiscordLibraryRenderer.Quotes(person));
    }

    /// <summary>Autocomplete for /quotes: the people quoted whose name contains what is typed, most quoted first.</summary>
    public async Task<DiscordInteractionResponse> SuggestPeopleAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        var typed = Fold(interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true)?.Text ?? "");
        var library = await libraries.GetAsync(ct);
        var choices = library.People
            .Where(p => Fold(p.Speaker.Name).Contains(typed, StringComparison.Ordinal)
                || (p.Speaker.Role is { } role && Fold(role).Contains(typed, StringComparison.Ordinal)))
            .Take(MaxChoices)
            .Select(p => new DiscordAutocompleteChoice(
                DiscordEmbedLimits.Shorten(DiscordAnswerRenderer.Who(p.Speaker, ""), DiscordEmbedLimits.ChoiceName),
                DiscordEmbedLimits.Shorten(p.Speaker.Name, DiscordEmbedLimits.ChoiceName)))
            .ToList();
        return new DiscordInteractionResponse(DiscordCallbackType.AutocompleteResult, new DiscordAutocompleteData(choices));
    }

    /// <summary>Show context: the paragraphs around the cited one, ephemeral.</summary>
    public async Task<DiscordInteractionResponse> ContextAsync(DiscordCustomId id, CancellationToken ct)
    {
        var library = await libraries.GetAsync(ct);
        return DiscordResponses.Message(DiscordLibraryRenderer.Context(library, id.ArticleId, id.Paragraph));
    }

    /// <summary>Case- and accent-insensitive form for matching names as typed.</summary>
    private static string Fold(string text) => TextFolding.Fold(text);
}
