using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Discord.Dtos;

namespace Bot.Discord.Security;

/// <summary>
/// What a signed body must be before anything acts on it: JSON whose every string decodes, and an interaction whose ids
/// have Discord's shapes. Ids reach REST routes (<c>channels/{channel.id}/messages/pins/{message.id}</c>), where ".."
/// would climb out of the route, so they are checked where they enter.
/// https://docs.discord.com/developers/reference#snowflakes
/// </summary>
internal static partial class DiscordInteractionCheck
{
    /// <summary>
    /// True when every string and property name decodes to UTF-16: "\ud800" is valid JSON text but no string, and
    /// reading it (JsonElement.GetString, say an option's value) would throw deep in a handler.
    /// </summary>
    public static bool HasDecodableStrings(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    _ = reader.GetString();
                }
            }

            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException)
        {
            return false;
        }
    }

    /// <summary>The first field whose id is malformed, or null when every id the bot may use is well formed.</summary>
    public static string? MalformedField(DiscordInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return !IsSnowflake(interaction.Id) ? "id"
            : !IsSnowflake(interaction.ApplicationId) ? "application_id"
            : !IsToken(interaction.Token) ? "token"
            : !IsOptionalSnowflake(interaction.GuildId) ? "guild_id"
            : !IsOptionalSnowflake(interaction.ChannelId) ? "channel_id"
            : interaction.Message is { } message && (!IsSnowflake(message.Id) || !IsOptionalSnowflake(message.ChannelId)) ? "message"
            : interaction.Actor is { } actor && !IsSnowflake(actor.Id) ? "user.id"
            : !IsOptionalSnowflake(interaction.Data?.TargetId) ? "data.target_id"
            : null;
    }

    /// <summary>A snowflake: a 64-bit id written as decimal digits.</summary>
    public static bool IsSnowflake(string? value) => value is not null && Snowflake().IsMatch(value);

    private static bool IsOptionalSnowflake(string? value) => value is null || IsSnowflake(value);

    /// <summary>
    /// An interaction token: opaque, but URL-safe characters only and never "." or ".." (which a URI would resolve
    /// away). The body limit bounds its length.
    /// </summary>
    private static bool IsToken(string? value) => value is not null && Token().IsMatch(value) && value.Trim('.').Length > 0;

    [GeneratedRegex("^[0-9]{1,20}$")]
    private static partial Regex Snowflake();

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex Token();
}
