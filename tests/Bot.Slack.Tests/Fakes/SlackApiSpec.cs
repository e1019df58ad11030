using System.Text.Json;
using Bot.Testing;

namespace Bot.Slack.Tests.Fakes;

/// <summary>
/// Slack's published Web API description (a trimmed copy in tests/specs, see its README) and the methods Slack
/// documents that the archived description lacks (tests/specs/slack-methods-newer-than-spec.txt).
/// </summary>
public static class SlackApiSpec
{
    private static readonly Lazy<IReadOnlySet<string>> s_methods = new(LoadMethods);
    private static readonly Lazy<IReadOnlySet<string>> s_newer = new(LoadNewer);

    /// <summary>True when the method is in the spec, or listed as newer than the stale spec.</summary>
    public static bool Knows(string method) => s_methods.Value.Contains(method) || s_newer.Value.Contains(method);

    public static IReadOnlySet<string> Methods => s_methods.Value;

    private static HashSet<string> LoadMethods()
    {
        using var spec = JsonDocument.Parse(File.ReadAllBytes(RepoPaths.Spec("slack-web-openapi.paths.json")));
        return spec.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name.TrimStart('/')).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>One method per line; '#' starts a comment.</summary>
    private static HashSet<string> LoadNewer() =>
        File.ReadLines(RepoPaths.Spec("slack-methods-newer-than-spec.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
}
