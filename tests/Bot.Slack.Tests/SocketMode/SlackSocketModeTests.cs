using System.Net;
using Bot.Slack.Tests.Fakes;
using Bot.Slack.Work;
using Bot.Testing.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Slack.Tests.SocketMode;

/// <summary>
/// Slack over Socket Mode end to end, with only Slack:AppToken, Slack:BotToken and Slack:ApiBaseUrl set: a fake
/// Socket Mode server on loopback delivers envelopes; the fake Web API records what the bot posts.
/// </summary>
public sealed class SlackSocketModeTests : IAsyncLifetime
{
    private const string AppToken = "xapp-1-A1-test";
    private const string Question = "why did trump threaten tariffs?";
    private const string MentionTs = "1515449522.000016";

    private FakeSocketModeServer _slack = null!;
    private SlackAppFactory _app = null!;
    private FakeSocketModeConnection _connection = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSocketModeServer.StartAsync();
        _app = new SlackAppFactory()
            .With("Slack:SigningSecret", null)
            .With("Slack:AppToken", AppToken)
            .With("Slack:ApiBaseUrl", _slack.ApiBaseUrl);
        _ = _app.Services;
        _connection = await _slack.NextConnectionAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Every_envelope_is_acknowledged_within_three_seconds_and_the_bot_is_ready_once_connected()
    {
        // Arrange
        using var client = _app.CreateClient();
        var sent = DateTimeOffset.UtcNow;

        // Act: one envelope of each kind, and one of a kind the bot does not handle.
        var ids = new[]
        {
            await _connection.EnvelopeAsync("events_api", FakeSocketModeConnection.Json(SlackPayloads.Mention("EvAck", "<@UBOT> " + Question))),
            await _connection.EnvelopeAsync("slash_commands", FakeSocketModeConnection.Command(SlackPayloads.Command("pinned"))),
            await _connection.EnvelopeAsync("interactive", FakeSocketModeConnection.Interaction(SlackPayloads.Click("show_context", "{}", "UASKER", null))),
            await _connection.EnvelopeAsync("something_new", FakeSocketModeConnection.Json("{}")),
        };
        var acks = new List<DateTimeOffset>();
        foreach (var id in ids)
        {
            acks.Add((await _connection.AckOfAsync(id)).At);
        }

        // Assert
        Assert.All(acks, at => Assert.True(at - sent < TimeSpan.FromSeconds(3), $"acknowledged after {at - sent}"));
        Assert.Equal(HttpStatusCode.OK, await Readiness.WaitForReadyAsync(client));
        Assert.Equal($"Bearer {AppToken}", Assert.Single(_slack.OpenCalls));
        Assert.DoesNotContain(_app.Slack.Calls, c => c.Authorization == $"Bearer {AppToken}");
    }

    [Fact]
    public async Task An_app_mention_delivered_twice_is_answered_once_in_its_thread()
    {
        // Arrange
        var mention = SlackPayloads.Mention("EvTwice", "<@UBOT> " + Question);

        // Act: the delivery and Slack's retry, each in its own envelope.
        await _connection.AckOfAsync(await _connection.EnvelopeAsync("events_api", FakeSocketModeConnection.Json(mention)));
        await _connection.AckOfAsync(await _connection.EnvelopeAsync("events_api", FakeSocketModeConnection.Json(mention), retryAttempt: 1));
        await _app.Slack.WaitForAsync("chat.postMessage");
        await WaitUntilIdleAsync();

        // Assert
        var answer = Assert.Single(_app.Slack.CallsTo("chat.postMessage"));
        Assert.Equal(MentionTs, answer.Json.GetProperty("thread_ts").GetString());
        Assert.Contains("25-percent tariffs", BlockText.Of(answer.Json.GetProperty("blocks")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_posts_a_pinnable_answer_that_only_a_moderator_can_pin()
    {
        // Act: /ask, then a click on Pin by someone else and by a moderator.
        await _connection.EnvelopeAsync("slash_commands", FakeSocketModeConnection.Command(SlackPayloads.Command(Question)));
        var answer = (await _app.Slack.WaitForAsync("chat.postMessage"))[0].Json;
        var blocks = System.Text.Json.Nodes.JsonNode.Parse(answer.GetProperty("blocks").GetRawText());
        var pin = SlackPayloads.ButtonValue(answer.GetProperty("blocks"), "pin_answer");
        await _connection.EnvelopeAsync("interactive", FakeSocketModeConnection.Interaction(SlackPayloads.Click("pin_answer", pin, "UNOBODY", blocks)));
        await _app.Slack.WaitForAsync(SlackCall.ResponseUrl);
        var pinsBeforeModerator = _app.Slack.CallsTo("pins.add").Count;
        await _connection.EnvelopeAsync("interactive", FakeSocketModeConnection.Interaction(SlackPayloads.Click("pin_answer", pin, SlackAppFactory.Moderator, blocks)));
        var pins = await _app.Slack.WaitForAsync("pins.add");

        // Assert
        Assert.Equal(0, pinsBeforeModerator);
        Assert.Contains("Only moderators can pin answers", _app.Slack.CallsTo(SlackCall.ResponseUrl)[0].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(FakeSlackApi.PostedTs, Assert.Single(pins).Json.GetProperty("timestamp").GetString());
    }

    [Fact]
    public async Task Ask_alone_is_answered_with_the_help_text_in_the_acknowledgement()
    {
        // Act
        var (ack, _) = await _connection.AckOfAsync(await _connection.EnvelopeAsync("slash_commands", FakeSocketModeConnection.Command(SlackPayloads.Command(""))));

        // Assert
        var payload = ack.GetProperty("payload");
        Assert.Equal("ephemeral", payload.GetProperty("response_type").GetString());
        Assert.Equal(Bot.Slack.Handling.SlackReplies.Usage, payload.GetProperty("text").GetString());
    }

    [Fact]
    public async Task After_a_disconnect_the_bot_opens_a_fresh_connection_then_closes_the_old_one_and_keeps_answering()
    {
        // Act
        await _connection.DisconnectAsync();
        var fresh = await _slack.NextConnectionAsync();
        await _connection.Closed.WaitAsync(TimeSpan.FromSeconds(30));
        await fresh.AckOfAsync(await fresh.EnvelopeAsync("events_api", FakeSocketModeConnection.Json(SlackPayloads.Mention("EvFresh", "<@UBOT> " + Question))));
        var answer = await _app.Slack.WaitForAsync("chat.postMessage");

        // Assert: a new URL for the new connection, asked for with the app token.
        Assert.Equal([$"Bearer {AppToken}", $"Bearer {AppToken}"], _slack.OpenCalls);
        Assert.Single(answer);
    }

    [Fact]
    public async Task After_the_connection_drops_the_bot_reconnects_through_apps_connections_open()
    {
        // Act
        await _connection.CloseAsync(1011);
        var fresh = await _slack.NextConnectionAsync();
        var (ack, _) = await fresh.AckOfAsync(await fresh.EnvelopeAsync("slash_commands", FakeSocketModeConnection.Command(SlackPayloads.Command("help"))));

        // Assert
        Assert.Equal(2, _slack.OpenCalls.Count);
        Assert.Equal(Bot.Slack.Handling.SlackReplies.Usage, ack.GetProperty("payload").GetProperty("text").GetString());
    }

    private async Task WaitUntilIdleAsync()
    {
        var queue = _app.Services.GetRequiredService<SlackWorkQueue>();
        for (var i = 0; i < 250 && queue.Pending > 0; i++)
        {
            await Task.Delay(20);
        }

        Assert.Equal(0, queue.Pending);
    }
}
