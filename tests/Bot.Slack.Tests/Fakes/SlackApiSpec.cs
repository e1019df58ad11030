using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Testing;

namespace Bot.Slack.Tests.Fakes;

/// <summary>
/// Slack's published Web API description (shared/specs/slack-web-openapi.json) and the methods the wire-level doc
/// (shared/docs/slack.md §6.6) lists as newer than it. The repository is cloned next to shared/, so both are found at
/// &lt;folder with Bot.sln&gt;/../shared.
/// </summary>
public static partial class SlackApiSpec
{
    private static readonly Lazy<IReadOnlySet<string>> s_methods = new(LoadMethods);
    private static readonly Lazy<IReadOnlySet<string>> s_newer = new(LoadNewer);

    /// <summary>True when the method is in the spec, or the doc names it as missing from the stale spec.</summary>
    public static bool Knows(string method) => s_methods.Value.Contains(method) || s_newer.Value.Contains(method);

    public static IReadOnlySet<string> Methods => s_methods.Value;

    private static string SharedFile(params string[] parts)
    {
        var path = Path.Combine([RepoPaths.Shared, .. parts]);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Slack's Web API spec or doc is missing: expected {path} (clone the repository next to shared/).", path);
    }

    private static HashSet<string> LoadMethods()
    {
        using var spec = JsonDocument.Parse(File.ReadAllBytes(SharedFile("specs", "slack-web-openapi.json")));
        return spec.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name.TrimStart('/')).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The backticked names on the doc's "It lacks …" line.</summary>
    private static HashSet<string> LoadNewer()
    {
        var doc = File.ReadAllLines(SharedFile("docs", "slack.md"));
        return doc.Where(line => line.Contains("It lacks", StringComparison.Ordinal))
            .SelectMany(line => Backticked().Matches(line).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("`([a-z][A-Za-z.]+)`")]
    private static partial Regex Backticked();
}
