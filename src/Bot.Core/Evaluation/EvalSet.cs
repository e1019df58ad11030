using System.Text.Json;

namespace Bot.Core.Evaluation;

/// <summary>Reads an eval set: one JSON object per line.</summary>
public static class EvalSet
{
    /// <summary>Parses the lines; a line that is not a question object throws with its line number.</summary>
    public static IReadOnlyList<EvalQuestion> Parse(IEnumerable<string> lines)
    {
        var questions = new List<EvalQuestion>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var expect = root.GetProperty("expect");
                questions.Add(new EvalQuestion(
                    root.GetProperty("id").GetString() ?? $"line{number}",
                    root.TryGetProperty("kind", out var kind) ? kind.GetString() ?? "" : "",
                    root.GetProperty("question").GetString() ?? "",
                    expect.TryGetProperty("contains", out var contains) ? contains.EnumerateArray().Select(c => c.GetString() ?? "").ToList() : [],
                    expect.TryGetProperty("speaker", out var speaker) && speaker.ValueKind == JsonValueKind.String ? speaker.GetString() : null,
                    expect.TryGetProperty("no_answer", out var noAnswer) && noAnswer.ValueKind == JsonValueKind.True));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"line {number}: not an eval question ({e.Message})", e);
            }
        }

        return questions;
    }
}
