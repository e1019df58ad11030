using System.Net;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Host;

/// <summary>A signed request is accepted once: a replay inside the 5-minute window is refused, and a trigger is answered once.</summary>
public sealed class SlackReplayTests : SlackHostTest
{
    [Fact]
    public async Task A_correctly_signed_ask_replayed_within_the_window_is_refused_and_answered_once()
    {
        // Arrange
        using var client = App.CreateClient();
        var body = SlackSignedRequest.FormBody(SlackPayloads.Command(Question));
        var at = DateTimeOffset.UtcNow;

        // Act
        using var first = await client.SendAsync(SlackSignedRequest.Create("/slack/commands", body, "application/x-www-form-urlencoded", at));
        using var replay = await client.SendAsync(SlackSignedRequest.Create("/slack/commands", body, "application/x-www-form-urlencoded", at));
        await WaitUntilIdleAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Single(App.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task The_same_trigger_under_a_fresh_signature_is_answered_once()
    {
        // Arrange
        using var client = App.CreateClient();
        var fields = SlackPayloads.Command(Question);

        // Act: a second later the same command is signed again, so only its trigger_id tells it apart.
        using var first = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", fields, DateTimeOffset.UtcNow));
        using var again = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", fields, DateTimeOffset.UtcNow.AddSeconds(1)));
        await WaitUntilIdleAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(App.Slack.CallsTo("chat.postMessage"));
    }
}
