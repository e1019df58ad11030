using System.Text.Json;

namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/interactions/receiving-and-responding#interaction-object-application-command-interaction-data-option-structure

/// <summary>An option as typed: a value, or nested options for sub-commands; focused while autocompleting.</summary>
internal sealed record DiscordCommandOption(
    string Name,
    int Type,
    JsonElement? Value = null,
    IReadOnlyList<DiscordCommandOption>? Options = null,
    bool? Focused = null)
{
    /// <summary>The value as text: strings as they are, numbers and booleans as written.</summary>
    public string? Text => Value is { } v ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText() : null;
}
