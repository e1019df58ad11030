using System.Net;
using System.Text.Json;

namespace Bot.Host.Tests;

/// <summary>The per-user question limit over HTTP.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task I_am_told_to_slow_down_when_I_ask_too_quickly()
    {
        // Arrange
        using var bot = new TestBot(new() { ["RateLimit:QuestionsPerWindow"] = "2", ["RateLimit:WindowSeconds"] = "60" });
        var client = bot.CreateClient();
        await TestBot.AskAsync(client, "tariffs");
        await TestBot.AskAsync(client, "tariffs");

        // Act
        var response = await TestBot.AskAsync(client, "tariffs");

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(doc.RootElement.GetProperty("answered").GetBoolean());
        var message = doc.RootElement.GetProperty("message").GetString()!;
        var wait = System.Text.RegularExpressions.Regex.Match(message, @"^You're asking quickly — try again in (\d+) seconds\.$");
        Assert.True(wait.Success, message);

        // The window is 60 s and the first question was a moment ago (a slow machine may take a few seconds).
        Assert.InRange(int.Parse(wait.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 30, 60);
    }
}
