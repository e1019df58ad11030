using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Discord.Api;

namespace Bot.Discord.Tests;

public sealed partial class DiscordOpenApiTests
{
    [Fact]
    public void Routes_EveryRouteTheClientCalls_ExistsInDiscordsOpenApiSpec()
    {
        // Arrange
        using var spec = JsonDocument.Parse(File.ReadAllText(SpecPath()));
        var paths = spec.RootElement.GetProperty("paths");
        var known = paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (Method: m.Name.ToUpperInvariant(), Path: Normalize(p.Name))))
            .ToHashSet();

        // Act
        var missing = DiscordRoutes.All
            .Where(r => !known.Contains((r.Method.Method, Normalize("/" + r.Template))))
            .Select(r => $"{r.Method} {r.Template}")
            .ToList();

        // Assert
        Assert.Equal(9, DiscordRoutes.All.Count);
        Assert.Empty(missing);
    }

    [Fact]
    public void Routes_DeprecatedPinRoute_IsNotUsed()
    {
        // Act
        var templates = DiscordRoutes.All.Select(r => r.Template).ToList();

        // Assert
        Assert.DoesNotContain(templates, t => t.StartsWith("channels/{channel.id}/pins", StringComparison.Ordinal));
    }

    /// <summary>shared/specs/discord-openapi.json beside the repository (the folder holding Bot.sln).</summary>
    private static string SpecPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                var spec = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "specs", "discord-openapi.json"));
                Assert.True(File.Exists(spec), $"Discord's OpenAPI spec is missing: expected {spec} (a copy of shared/ beside the repository).");
                return spec;
            }
        }

        Assert.Fail($"No Bot.sln above {AppContext.BaseDirectory}: cannot find ../shared/specs/discord-openapi.json.");
        return "";
    }

    private static string Normalize(string path) => Placeholder().Replace(path, "{}");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}
