using System.Net;

namespace Bot.Host.Tests;

/// <summary>Metrics and the body limit on platform paths, with no platform configured.</summary>
public sealed class OperationsTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private Task<HttpResponseMessage> PostAsync(string path, int bytes) =>
        _bot.CreateClient().PostAsync(new Uri(path, UriKind.Relative), new ByteArrayContent(new byte[bytes]));

    [Fact]
    public async Task I_can_read_the_question_count_on_metrics_after_a_question()
    {
        // Arrange
        var client = _bot.CreateClient();
        await TestBot.AskAsync(client, "why did trump threaten tariffs?");

        // Act
        var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Matches(@"(?m)^bot_questions_total\{[^}]*platform=""http""[^}]*\} [1-9]", body);
        Assert.Contains("bot_answer_latency_milliseconds_bucket{", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/discord/interactions")]
    public async Task I_am_refused_with_413_when_a_platform_body_is_over_64_KiB(string path)
    {
        // Act
        var response = await PostAsync(path, (64 * 1024) + 1);

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task I_am_not_refused_for_size_with_a_64_KiB_platform_body()
    {
        // Act: no adapter is mapped on this branch, so a body within the limit reaches routing and finds nothing.
        var response = await PostAsync("/slack/commands", 64 * 1024);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task I_am_not_refused_for_size_outside_the_platform_paths()
    {
        // Act
        var response = await PostAsync("/slackers", 100 * 1024);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
