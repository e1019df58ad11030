using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Discord.Dtos;
using Bot.Discord.Rendering;

namespace Bot.Discord.Interactions;

/// <summary>
/// What reads the articles directly: /quotes, its autocomplete, and the Show context button. While the articles
/// load, commands and clicks are deferred and finished after; autocomplete, which cannot defer, offers nothing.
/// </summary>
internal sealed class DiscordLibraryHandler(IArticleLibraryProvider libraries, DiscordDeferredAnswers deferred)
{
    /// <summary>Autocomplete offers at most 25 choices.</summary>
    public const int MaxChoices = 25;

    public const string ContextArticleChanged = "The article changed since this answer was posted — ask again to see the current text.";

    /// <summary>/quotes person:&lt;name or description&gt;: that person's quotes in order, with role.</summary>
    public Task<DiscordInteractionResponse> QuotesAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        var name = DiscordQuestionMapper.Option(interaction, "person")?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return Task.FromResult(DiscordResponses.Ephemeral("Name someone quoted in the articles, for example: /quotes person: …"));
        }

        return deferred.RunOrDeferAsync(this, interaction, DiscordResponses.Deferred(ephemeral: false), (handler, token) => handler.QuotesNowAsync(name, token), ct);
    }

    /// <summary>Autocomplete for /quotes: the people quoted whose name contains what is typed, most quoted first.</summary>
    public DiscordInteractionResponse SuggestPeople(DiscordInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);

        // Autocomplete cannot be deferred: offer nothing rather than miss the deadline while the articles load.
        var loading = libraries.GetAsync(CancellationToken.None);
        if (!loading.IsCompletedSuccessfully)
        {
            return new DiscordInteractionResponse(DiscordCallbackType.AutocompleteResult, new DiscordAutocompleteData([]));
        }

        var typed = Fold(interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true)?.Text ?? "");
        var choices = loading.Result.People
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
    public Task<DiscordInteractionResponse> ContextAsync(DiscordInteraction interaction, DiscordCustomId id, CancellationToken ct) =>
        deferred.RunOrDeferAsync(this, interaction, DiscordResponses.Deferred(ephemeral: true), (handler, token) => handler.ContextNowAsync(id, token), ct);

    private async Task<DiscordInteractionResponse> QuotesNowAsync(string name, CancellationToken ct)
    {
        var library = await libraries.GetAsync(ct);

        // An exact name first; then the answer service's reading, which forgives typos and knows roles
        // ("the press secretary"); then any name containing what was typed.
        var person = library.People.FirstOrDefault(p => Fold(p.Speaker.Name) == Fold(name))
            ?? PersonFinder.Find(library, name)
            ?? library.People.FirstOrDefault(p => Fold(p.Speaker.Name).Contains(Fold(name), StringComparison.Ordinal));
        return person is null
            ? DiscordResponses.Ephemeral($"Nobody called “{name}” is quoted in the articles.")
            : DiscordResponses.Message(DiscordLibraryRenderer.Quotes(person));
    }

    private async Task<DiscordInteractionResponse> ContextNowAsync(DiscordCustomId id, CancellationToken ct)
    {
        var library = await libraries.GetAsync(ct);

        // The paragraph number names the cited text only in the version of the article the answer was rendered from.
        return id.Matches(library.Find(id.ArticleId)?.Fingerprint)
            ? DiscordResponses.Message(DiscordLibraryRenderer.Context(library, id.ArticleId, id.Paragraph))
            : DiscordResponses.Ephemeral(ContextArticleChanged);
    }

    /// <summary>Case- and accent-insensitive form for matching names as typed.</summary>
    private static string Fold(string text) => TextFolding.Fold(text);
}
