namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/interactions/application-commands#application-command-object

/// <summary>A command to register. USER and MESSAGE commands omit the description.</summary>
internal sealed record DiscordApplicationCommand(
    string Name,
    int Type,
    string? Description = null,
    IReadOnlyList<DiscordApplicationCommandOption>? Options = null,
    IReadOnlyList<int>? Contexts = null,
    IReadOnlyList<int>? IntegrationTypes = null,
    string? DefaultMemberPermissions = null);
