using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Dtos;

/// <summary>Discord's JSON: snake_case names, absent rather than null fields.</summary>
internal static class DiscordJson
{
    /// <summary>The options for every DTO.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
