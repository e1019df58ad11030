namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/interactions/receiving-and-responding#interaction-object-interaction-data

/// <summary>The data of a command, autocomplete or component interaction.</summary>
internal sealed record DiscordInteractionData(
    string? Id = null,
    string? Name = null,
    int? Type = null,
    IReadOnlyList<DiscordCommandOption>? Options = null,
    string? CustomId = null,
    int? ComponentType = null,
    string? TargetId = null,
    DiscordResolved? Resolved = null);
