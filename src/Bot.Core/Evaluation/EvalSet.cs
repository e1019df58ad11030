using System.Text.Json;

namespace Bot.Core.Evaluation;

/// <summary>Reads an eval set: one JSON object per line.</summary>
public static class EvalSet
{
    /// <summary>Parses the lines; a line that is not a question object throws with its line number.</summary>
    public static IReadOnlyList<EvalQuestion> Parse(IEnumerable<string> lines) =>
        JsonLines.Parse(lines, "an eval question", (root, number) =>
        {
            var expect = root.GetProperty("expect");
            return new EvalQuestion(
                root.GetProperty("id").GetString() ?? $"line{number}",
                root.TryGetProperty("kind", out var kind) ? kind.GetString() ?? "" : "",
                root.GetProperty("question").GetString() ?? "",
                expect.TryGetProperty("contains", out var contains) ? contains.EnumerateArray().Select(c => c.GetString() ?? "").ToList() : [],
                expect.TryGetProperty("speaker", out var speaker) && speaker.ValueKind == JsonValueKind.String ? speaker.GetString() : null,
                expect.TryGetProperty("no_answer", out var noAnswer) && noAnswer.ValueKind == JsonValueKind.True,
                root.TryGetProperty("article", out var article) && article.ValueKind == JsonValueKind.String ? article.GetString() : null,
                expect.TryGetProperty("speaker_ok", out var ok) && ok.ValueKind == JsonValueKind.Array
                    ? ok.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.String ? s.GetString() : null).ToList()
                    : null);
        });
}
