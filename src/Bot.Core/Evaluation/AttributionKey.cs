using System.Text.Json;

namespace Bot.Core.Evaluation;

/// <summary>Reads an attribution key (shared/eval/articles/README.md): one JSON object per quote line.</summary>
public static class AttributionKey
{
    /// <summary>Parses the lines; a line that is not a key object throws with its line number.</summary>
    public static IReadOnlyList<AttributionKeyLine> Parse(IEnumerable<string> lines) =>
        JsonLines.Parse(lines, "an attribution key line", (root, _) =>
        {
            var speaker = root.GetProperty("speaker");
            return new AttributionKeyLine(
                root.GetProperty("article").GetString() ?? throw new FormatException("article is not a string"),
                root.GetProperty("line").GetInt32(),
                speaker.ValueKind == JsonValueKind.String ? speaker.GetString() : null);
        });
}
