using System.Text.Json;

namespace Bot.Core.Evaluation;

/// <summary>Reads files of one JSON object per line, as the eval sets and the attribution key are written.</summary>
internal static class JsonLines
{
    /// <summary>Reads every non-blank line with <paramref name="read"/>; a line it cannot read throws with its number.</summary>
    public static IReadOnlyList<T> Parse<T>(IEnumerable<string> lines, string what, Func<JsonElement, int, T> read)
    {
        var items = new List<T>();
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
                items.Add(read(doc.RootElement, number));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"line {number}: not {what} ({e.Message})", e);
            }
        }

        return items;
    }
}
