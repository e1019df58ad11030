namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/interactions/application-commands#application-command-object-application-command-option-choice-structure

/// <summary>One suggestion: name shown (1–100 chars) and value sent (≤100 chars).</summary>
internal sealed record DiscordAutocompleteChoice(string Name, string Value);
