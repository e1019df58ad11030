using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Bot.Core.Answering;
using Bot.Core.Articles;

namespace Bot.Host.Json;

/// <summary>
/// The answer as one JSON object: the contract of `ask --format json|jsonl` and `GET /api/ask`, which other tools
/// drive the bot through. Keys: question, answered, quote, highlight, speaker, attribution, source, article,
/// paragraph, confidence, alternatives, verbatim, unnamedSpeaker (and message when not answered).
/// </summary>
internal sealed record AnswerJson(
    string Question,
    bool Answered,
    string? Quote,
    string? Highlight,
    SpeakerJson? Speaker,
    string Attribution,
    SourceJson? Source,
    string? Article,
    int? Paragraph,
    double Confidence,
    IReadOnlyList<AlternativeJson> Alternatives,
    bool Verbatim,
    string? UnnamedSpeaker,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message)
{
    /// <summary>
    /// camelCase keys, non-ASCII text unescaped. Answers are serialized with source-generated metadata (no reflection
    /// or emitted code in the server); other types (the eval report) fall back to reflection.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(AnswerJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static AnswerJson From(Answer answer) => new(
        answer.Question.Text,
        answer.Answered,
        answer.Quote,
        answer.Highlight,
        SpeakerJson.From(answer.Speaker),
        answer.Attribution,
        answer.Source is { } s ? new SourceJson(s.Outlet, s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Title, s.Url) : null,
        answer.ArticleId,
        answer.Paragraph,
        answer.Confidence,
        answer.Alternatives.Select(a => new AlternativeJson(a.Quote, SpeakerJson.From(a.Speaker), a.Paragraph)).ToList(),
        answer.Verbatim,
        answer.UnnamedSpeaker,
        answer.Answered ? null : answer.Message);

    public string Serialize() => JsonSerializer.Serialize(this, Options);
}

internal sealed record SpeakerJson(string Name, string? Role)
{
    public static SpeakerJson? From(Speaker? speaker) => speaker is null ? null : new(speaker.Name, speaker.Role);
}

internal sealed record SourceJson(string Outlet, string? Published, string? Title, string? Url);

internal sealed record AlternativeJson(string Quote, SpeakerJson? Speaker, int Paragraph);

[JsonSerializable(typeof(AnswerJson))]
internal sealed partial class AnswerJsonContext : JsonSerializerContext;
