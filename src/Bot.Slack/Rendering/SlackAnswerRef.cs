using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Core.Articles;

namespace Bot.Slack.Rendering;

/// <summary>
/// What a button carries: the cited passage, the article's version and the question, so a click works after a restart.
/// The passage itself is looked up in the library, never read back from the button.
/// </summary>
/// <param name="ArticleId">The cited article.</param>
/// <param name="Paragraph">The cited paragraph's line number.</param>
/// <param name="Question">What was asked, shortened.</param>
/// <param name="ArticleVersion">
/// The start of the article's <see cref="Article.Fingerprint"/> when the answer was posted: a pin or Show context is
/// refused once the article has changed, since the paragraph at that number may no longer be the one the message
/// shows. Null when the article was not found, and on buttons posted before versions were added.
/// </param>
internal sealed record SlackAnswerRef(
    [property: JsonPropertyName("a")] string ArticleId,
    [property: JsonPropertyName("p")] int Paragraph,
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("f"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ArticleVersion = null)
{
    /// <summary>12 hex characters (48 bits) tell versions of one article apart and keep the value short.</summary>
    public const int VersionLength = 12;

    /// <summary>A button value holds at most 2,000 characters; JSON escaping can grow the question up to sixfold.</summary>
    private const int MaxQuestion = 300;

    /// <summary>The version a button carries for an article fingerprint.</summary>
    public static string VersionOf(string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        return fingerprint[..Math.Min(VersionLength, fingerprint.Length)];
    }

    /// <summary>True when the button was rendered from this version of the article.</summary>
    public bool IsFrom(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Id == ArticleId
            && ArticleVersion is { Length: VersionLength } version
            && article.Fingerprint.StartsWith(version, StringComparison.OrdinalIgnoreCase);
    }

    public string Encode() => JsonSerializer.Serialize(this with { Question = SlackMrkdwn.Shorten(Question, MaxQuestion) });

    /// <summary>The reference in a button value, or null when it is not one of ours.</summary>
    public static SlackAnswerRef? TryDecode(string value)
    {
        try
        {
            // Anyone can craft a button value: a missing question becomes "", and a long one is cut as Encode cuts it.
            return JsonSerializer.Deserialize<SlackAnswerRef>(value) is { ArticleId.Length: > 0, Paragraph: > 0 } parsed
                ? parsed with { Question = SlackMrkdwn.Shorten(parsed.Question ?? "", MaxQuestion) }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
