namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/interactions/receiving-and-responding#interaction-response-object-autocomplete

/// <summary>Autocomplete choices (at most 25).</summary>
internal sealed record DiscordAutocompleteData(IReadOnlyList<DiscordAutocompleteChoice> Choices);
