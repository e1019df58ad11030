namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/interactions/application-commands#application-command-object-application-command-option-structure

/// <summary>An option of a command to register.</summary>
internal sealed record DiscordApplicationCommandOption(
    int Type,
    string Name,
    string Description,
    bool? Required = null,
    int? MaxLength = null,
    bool? Autocomplete = null);
