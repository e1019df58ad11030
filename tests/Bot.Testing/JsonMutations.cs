using System.Text.Json.Nodes;

namespace Bot.Testing;

/// <summary>
/// Fuzz-style variants of a valid JSON payload: every value in it, one at a time, replaced by a lone UTF-16 surrogate
/// (valid JSON text that is no string), a wrong type, or null, as a probe of "no 500 from any input" would send.
/// </summary>
public static class JsonMutations
{
    /// <summary>The replacements, as JSON text: the surrogates are escaped, so they survive into the body as sent.</summary>
    public static IReadOnlyList<string> Replacements { get; } =
        ["\"\\ud800\"", "\"\\udfff\"", "\"a\\udc00b\"", "17", "-1.5e300", "true", "null", "[]", "{}", "\"\"", "\"..\""];

    /// <summary>Each variant of <paramref name="json"/>, as text.</summary>
    public static IEnumerable<string> Of(string json)
    {
        var root = JsonNode.Parse(json) ?? throw new ArgumentException("The JSON is null.", nameof(json));
        var paths = new List<string[]>();
        Collect(root, [], paths);
        foreach (var path in paths)
        {
            foreach (var replacement in Replacements)
            {
                yield return Replace(root, path, replacement);
            }
        }
    }

    private static void Collect(JsonNode node, string[] path, List<string[]> paths)
    {
        if (path.Length > 0)
        {
            paths.Add(path);
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, [.. path, name], paths);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child)
                    {
                        Collect(child, [.. path, "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)], paths);
                    }
                }

                break;
        }
    }

    /// <summary>A copy with the value at <paramref name="path"/> replaced by a marker, then the marker by the raw replacement text.</summary>
    private static string Replace(JsonNode root, string[] path, string replacement)
    {
        const string Marker = "\"@@MUTATION@@\"";
        var copy = root.DeepClone();
        var parent = copy;
        foreach (var step in path[..^1])
        {
            parent = step.StartsWith('#') ? parent[int.Parse(step[1..], System.Globalization.CultureInfo.InvariantCulture)]! : parent[step]!;
        }

        var last = path[^1];
        JsonNode marker = JsonValue.Create("@@MUTATION@@");
        if (last.StartsWith('#'))
        {
            parent[int.Parse(last[1..], System.Globalization.CultureInfo.InvariantCulture)] = marker;
        }
        else
        {
            parent[last] = marker;
        }

        return copy.ToJsonString().Replace(Marker, replacement, StringComparison.Ordinal);
    }
}
