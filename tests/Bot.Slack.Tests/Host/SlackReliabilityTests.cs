using System.Net;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Host;

/// <summary>What keeps the Slack endpoints safe and dependable: signatures, malformed and oversized bodies, Slack's rate limits, start-up checks and shutdown.</summary>
public sealed class SlackReliabilityTests : SlackHostTest
{
    [Theory]
    [InlineData("/slack/commands", "missing")]
    [InlineData("/slack/commands", "tampered")]
    [InlineData("/slack/commands", "stale")]
    [InlineData("/slack/events", "tampered")]
    [InlineData("/slack/interactions", "stale")]
    [InlineData("/slack/events", "other-secret")]
    public async Task Unsigned_tampered_or_six_minute_old_requests_are_rejected_with_401(string path, string fault)
    {
        // Arrange
        using var client = App.CreateClient();
        var body = SlackSignedRequest.FormBody(SlackPayloads.Command(Question));
        var at = fault == "stale" ? DateTimeOffset.UtcNow.AddMinutes(-6) : DateTimeOffset.UtcNow;
        using var request = fault == "other-secret"
            ? SlackSignedRequest.Create(path, body, "application/x-www-form-urlencoded", at, "not-our-secret")
            : SlackSignedRequest.Create(path, body, "application/x-www-form-urlencoded", at);
        if (fault == "tampered")
        {
            request.Content = new StringContent(body.Replace("tariffs", "tarifs", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        }
        else if (fault == "missing")
        {
            request.Headers.Remove("X-Slack-Signature");
        }

        // Act
        using var response = await client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(App.Slack.Calls);
    }

    [Theory]
    [InlineData("/slack/events", "not json at all")]
    [InlineData("/slack/events", "[1,2,3]")]
    [InlineData("/slack/events", "{}")]
    [InlineData("/slack/events", """{"type":"url_verification"}""")]
    [InlineData("/slack/events", """{"type":"event_callback","event_id":"Ev1"}""")]
    [InlineData("/slack/events", """{"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","text":"hi"}}""")]
    [InlineData("/slack/interactions", "nothing=here")]
    [InlineData("/slack/interactions", "payload=%7Bnot-json")]
    [InlineData("/slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%7D")]
    [InlineData("/slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%2C%22user%22%3A%7B%22id%22%3A1%7D%7D")]
    [InlineData("/slack/commands", "command=%2Fask&text=hi")]
    [InlineData("/slack/commands", "command=%2Fask&text=hi&channel_id=C1&user_id=U1&response_url=javascript%3Aalert(1)")]
    [InlineData("/slack/commands", "text=%FF%FE")]
    public async Task Malformed_payloads_after_a_valid_signature_get_400_never_500(string path, string body)
    {
        // Arrange
        using var client = App.CreateClient();

        // Act
        using var response = await client.SendAsync(SlackSignedRequest.Create(path, body, "application/x-www-form-urlencoded", DateTimeOffset.UtcNow));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_64_KiB_is_refused()
    {
        // Arrange
        using var client = App.CreateClient();
        var body = "text=" + new string('a', 70 * 1024);

        // Act
        using var response = await client.SendAsync(SlackSignedRequest.Create("/slack/commands", body, "application/x-www-form-urlencoded", DateTimeOffset.UtcNow));

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_rate_limited_post_waits_for_Retry_After_and_is_retried()
    {
        // Arrange
        App.Slack.Enqueue("chat.postMessage", () => FakeSlackApi.RateLimited(1));
        using var client = App.CreateClient();

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(Question), DateTimeOffset.UtcNow));
        var posts = await App.Slack.WaitForAsync("chat.postMessage", 2);

        // Assert
        Assert.Equal(2, posts.Count);
        Assert.Equal(posts[0].Body, posts[1].Body);
        Assert.Empty(App.Slack.CallsTo(Fakes.SlackCall.ResponseUrl));
    }

    [Fact]
    public async Task Without_a_signing_secret_no_Slack_endpoint_is_mapped()
    {
        // Arrange
        using var app = new SlackAppFactory().With("Slack:SigningSecret", "").With("Slack:BotToken", "");
        using var client = app.CreateClient();

        // Act
        using var response = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(Question), DateTimeOffset.UtcNow));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void A_half_filled_Slack_section_stops_startup_naming_the_missing_key()
    {
        // Arrange
        using var app = new SlackAppFactory().With("Slack:BotToken", "");

        // Act
        var error = Record.Exception(() => app.CreateClient());

        // Assert
        Assert.NotNull(error);
        Assert.Contains("Slack:BotToken", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_the_host_right_after_the_acknowledgement_still_posts_the_answer()
    {
        // Arrange
        App.Slack.Delay("chat.postMessage", TimeSpan.FromSeconds(1));
        using var client = App.CreateClient();

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(Question), DateTimeOffset.UtcNow));
        await App.DisposeAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var post = Assert.Single(App.Slack.CallsTo("chat.postMessage"));
        Assert.Contains("25-percent tariffs", BlockText.Of(post.Json.GetProperty("blocks")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_the_host_still_runs_the_work_queued_behind_the_running_items()
    {
        // Arrange: more questions than the worker runs at once, so some are still queued at the stop.
        App.Slack.Delay("chat.postMessage", TimeSpan.FromSeconds(1));
        using var client = App.CreateClient();
        const int Asked = 6;

        // Act
        for (var i = 0; i < Asked; i++)
        {
            var user = "UASKER" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(Question, user), DateTimeOffset.UtcNow));
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        await App.DisposeAsync();

        // Assert
        Assert.Equal(Asked, App.Slack.CallsTo("chat.postMessage").Count);
    }
}
