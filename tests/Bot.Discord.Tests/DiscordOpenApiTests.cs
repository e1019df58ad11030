using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Discord.Api;
using Bot.Testing;

namespace Bot.Discord.Tests;

public sealed partial class DiscordOpenApiTests
{
    [Fact]
    public void Routes_EveryRouteTheClientCalls_ExistsInDiscordsOpenApiSpec()
    {
        // Arrange
        using var spec = JsonDocument.Parse(File.ReadAllText(RepoPaths.Spec("discord-openapi.paths.json")));
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
        Assert.Equal(10, DiscordRoutes.All.Count);
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

    private static string Normalize(string path) => Placeholder().Replace(path, "{}");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}
