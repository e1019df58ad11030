using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Slack.Rendering;

/// <summary>
/// What a button carries: the cited passage and the question, so a click works after a restart. The passage itself is
/// looked up in the library, never read back from the button.
/// </summary>
/// <param name="ArticleId">The cited article.</param>
/// <param name="Paragraph">The cited paragraph's line number.</param>
/// <param name="Question">What was asked, shortened.</param>
internal sealed record SlackAnswerRef(
    [property: JsonPropertyName("a")] string ArticleId,
    [property: JsonPropertyName("p")] int Paragraph,
    [property: JsonPropertyName("q")] string Question)
{
    /// <summary>A button value holds at most 2,000 characters; JSON escaping can grow the question up to sixfold.</summary>
    private const int MaxQuestion = 300;

    public string Encode() => JsonSerializer.Serialize(this with { Question = SlackMrkdwn.Shorten(Question, MaxQuestion) });

    /// <summary>The reference in a button value, or null when it is not one of ours.</summary>
    public static SlackAnswerRef? TryDecode(string value)
    {
        try
        {
            return JsonSerializer.Deserialize<SlackAnswerRef>(value) is { ArticleId.Length: > 0, Paragraph: > 0 } parsed ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
