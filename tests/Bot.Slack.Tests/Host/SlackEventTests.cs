using System.Net;
using System.Text.Json;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Host;

/// <summary>The Events API end to end: URL verification and <c>@bot</c> mentions, each answered once.</summary>
public sealed class SlackEventTests : SlackHostTest
{
    [Fact]
    public async Task Url_verification_is_answered_with_the_challenge()
    {
        // Arrange
        using var client = App.CreateClient();
        const string Body = """{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";

        // Act
        using var response = await client.SendAsync(SlackSignedRequest.Json("/slack/events", Body, DateTimeOffset.UtcNow));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", json.RootElement.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task An_event_delivered_three_times_is_answered_once_in_the_mentions_thread()
    {
        // Arrange
        using var client = App.CreateClient();
        var mention = SlackPayloads.Mention("Ev1", "<@UBOT> " + Question);

        // Act: the first delivery and Slack's two retries.
        for (var retry = 0; retry < 3; retry++)
        {
            using var request = SlackSignedRequest.Json("/slack/events", mention, DateTimeOffset.UtcNow);
            if (retry > 0)
            {
                request.Headers.Add("X-Slack-Retry-Num", retry.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
            }

            using var ack = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        await WaitUntilIdleAsync();

        // Assert
        var answer = Assert.Single(App.Slack.CallsTo("chat.postMessage"));
        Assert.Contains("25-percent tariffs", BlockText.Of(answer.Json.GetProperty("blocks")), StringComparison.Ordinal);
        Assert.Equal("1515449522.000016", answer.Json.GetProperty("thread_ts").GetString());
    }

    [Fact]
    public async Task A_bots_own_mention_is_ignored()
    {
        // Arrange
        using var client = App.CreateClient();

        // Act
        using var fromBot = await client.SendAsync(SlackSignedRequest.Json("/slack/events", SlackPayloads.Mention("Ev1", "<@UBOT> " + Question, botId: "B1"), DateTimeOffset.UtcNow));
        using var fromSelf = await client.SendAsync(SlackSignedRequest.Json("/slack/events", SlackPayloads.Mention("Ev2", "<@UBOT> " + Question, user: "UBOT"), DateTimeOffset.UtcNow));
        using var fromPerson = await client.SendAsync(SlackSignedRequest.Json("/slack/events", SlackPayloads.Mention("Ev3", "<@UBOT> who said it?"), DateTimeOffset.UtcNow));
        await WaitUntilIdleAsync();

        // Assert
        var post = Assert.Single(App.Slack.CallsTo("chat.postMessage"));
        Assert.DoesNotContain("25-percent tariffs", BlockText.Of(post.Json.GetProperty("blocks")), StringComparison.Ordinal);
    }
}
