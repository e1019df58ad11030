using System.Net;
using Bot.Slack.Api;
using Bot.Slack.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Tests.Api;

public sealed class SlackRateLimitHandlerTests
{
    [Fact]
    public async Task SendAsync_429WithRetryAfter_WaitsThatLongThenRetries()
    {
        // Arrange
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var slack = new FakeSlackApi();
        slack.Enqueue("chat.postMessage", () => FakeSlackApi.RateLimited(3));
        using var client = Client(slack, time);

        // Act
        var sending = client.PostAsync("chat.postMessage", new StringContent("{}"));
        await slack.WaitForAsync("chat.postMessage");
        time.Advance(TimeSpan.FromSeconds(2));
        var earlyCalls = slack.CallsTo("chat.postMessage").Count;
        time.Advance(TimeSpan.FromSeconds(1));
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(5));

        // Assert
        Assert.Equal(1, earlyCalls);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, slack.CallsTo("chat.postMessage").Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task SendAsync_PostFailsWith5xx_IsNotRetried(HttpStatusCode status)
    {
        // Arrange
        var slack = new FakeSlackApi();
        slack.Enqueue("chat.postMessage", () => FakeSlackApi.Json("{}", status));
        using var client = Client(slack, new FakeTimeProvider());

        // Act
        using var response = await client.PostAsync("chat.postMessage", new StringContent("{}"));

        // Assert
        Assert.Equal(status, response.StatusCode);
        Assert.Single(slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task SendAsync_AlwaysRateLimited_GivesUpAfterMaxRetries()
    {
        // Arrange
        var slack = new FakeSlackApi();
        for (var i = 0; i <= SlackRateLimitHandler.MaxRetries; i++)
        {
            slack.Enqueue("pins.add", () => FakeSlackApi.RateLimited(0));
        }

        using var client = Client(slack, TimeProvider.System);

        // Act
        using var response = await client.PostAsync("pins.add", new StringContent("{}"));

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(SlackRateLimitHandler.MaxRetries + 1, slack.CallsTo("pins.add").Count);
    }

    private static HttpClient Client(FakeSlackApi slack, TimeProvider time) =>
        new(new SlackRateLimitHandler(time) { InnerHandler = slack }) { BaseAddress = new Uri("https://slack.test/api/") };
}
