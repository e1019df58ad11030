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

        // Assert: an RFC 9457 problem, and Retry-After saying when the next question is allowed.
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(429, doc.RootElement.GetProperty("status").GetInt32());
        var message = doc.RootElement.GetProperty("detail").GetString()!;
        var wait = System.Text.RegularExpressions.Regex.Match(message, @"^You're asking quickly — try again in (\d+) seconds\.$");
        Assert.True(wait.Success, message);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 30, 60);

        // The window is 60 s and the first question was a moment ago (a slow machine may take a few seconds).
        Assert.InRange(int.Parse(wait.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 30, 60);
    }
}
