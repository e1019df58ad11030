using System.Net;
using System.Text.Json.Nodes;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Host;

/// <summary>A click that cannot be recorded pins nothing; one that can is recorded, whatever the button carries.</summary>
public sealed class SlackPinSafetyTests : SlackHostTest
{
    [Theory]
    [InlineData("null team")]
    [InlineData("no team")]
    public async Task A_pin_click_with_no_workspace_pins_nothing_and_tells_the_moderator(string fault)
    {
        // Arrange
        using var client = App.CreateClient();
        var (value, blocks) = await AskForButtonAsync(client, "pin_answer");
        var payload = ClickPayload("pin_answer", value, blocks);
        if (fault == "null team")
        {
            payload["team"] = null;
        }
        else
        {
            payload.Remove("team");
        }

        payload["user"]!.AsObject().Remove("team_id");

        // Act
        using var ack = await SendClickAsync(client, payload);
        var replies = await App.Slack.WaitForAsync(SlackCall.ResponseUrl);
        await WaitUntilIdleAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Contains("workspace", replies[0].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(App.Slack.CallsTo("pins.add"));
        Assert.Empty(await StoredPinsAsync());
    }

    [Fact]
    public async Task A_pin_click_with_a_null_team_uses_the_clickers_team()
    {
        // Arrange
        using var client = App.CreateClient();
        var (value, blocks) = await AskForButtonAsync(client, "pin_answer");
        var payload = ClickPayload("pin_answer", value, blocks);
        payload["team"] = null;

        // Act
        using var ack = await SendClickAsync(client, payload);
        await App.Slack.WaitForAsync("chat.update");

        // Assert
        Assert.Equal(SlackPayloads.Team, Assert.Single(await StoredPinsAsync()).Pin.WorkspaceId);
    }

    [Theory]
    [InlineData("no question")]
    [InlineData("20,000-character question")]
    public async Task A_button_value_without_its_question_or_with_a_huge_one_is_pinned_recorded_and_shown(string fault)
    {
        // Arrange
        using var client = App.CreateClient();
        var (value, blocks) = await AskForButtonAsync(client, "pin_answer");
        var reference = JsonNode.Parse(value)!.AsObject();
        if (fault == "no question")
        {
            reference.Remove("q");
        }
        else
        {
            reference["q"] = new string('w', 20_000);
        }

        // Act
        using var ack = await ClickAsync(client, "pin_answer", reference.ToJsonString(), SlackAppFactory.Moderator, blocks);
        await App.Slack.WaitForAsync("chat.update");

        // Assert
        Assert.Single(App.Slack.CallsTo("pins.add"));
        var stored = Assert.Single(await StoredPinsAsync()).Pin;
        Assert.InRange(stored.Question.Length, 0, 300);
    }

    [Fact]
    public async Task A_pins_add_that_took_effect_but_lost_its_answer_is_confirmed_recorded_and_shown()
    {
        // Arrange
        App.Slack.KeepsPins = true;
        using var client = App.CreateClient();
        var (value, blocks) = await AskForButtonAsync(client, "pin_answer");
        App.Slack.LoseNextAnswer("pins.add");

        // Act
        using var ack = await ClickAsync(client, "pin_answer", value, SlackAppFactory.Moderator, blocks);
        await App.Slack.WaitForAsync("chat.update");
        await WaitUntilIdleAsync();

        // Assert: the repeat answered already_pinned, so the first call had pinned it.
        Assert.Equal(2, App.Slack.CallsTo("pins.add").Count);
        Assert.True(App.Slack.IsPinned(SlackPayloads.Channel, FakeSlackApi.PostedTs));
        Assert.Single(await StoredPinsAsync());
        Assert.Empty(App.Slack.CallsTo(SlackCall.ResponseUrl));
    }

    [Fact]
    public async Task A_pins_add_that_never_answers_tells_the_moderator_the_state_is_unknown_and_records_nothing()
    {
        // Arrange
        using var client = App.CreateClient();
        var (value, blocks) = await AskForButtonAsync(client, "pin_answer");
        App.Slack.Enqueue("pins.add", () => FakeSlackApi.Json("{}", HttpStatusCode.BadGateway));
        App.Slack.Enqueue("pins.add", () => FakeSlackApi.Json("{}", HttpStatusCode.BadGateway));

        // Act
        using var ack = await ClickAsync(client, "pin_answer", value, SlackAppFactory.Moderator, blocks);
        var replies = await App.Slack.WaitForAsync(SlackCall.ResponseUrl);

        // Assert
        Assert.Contains("can't tell", replies[0].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(await StoredPinsAsync());
    }

    private static JsonObject ClickPayload(string actionId, string value, JsonNode? blocks) =>
        JsonNode.Parse(SlackPayloads.Click(actionId, value, SlackAppFactory.Moderator, blocks)[0].Value)!.AsObject();

    private static Task<HttpResponseMessage> SendClickAsync(HttpClient client, JsonObject payload) =>
        client.SendAsync(SlackSignedRequest.Form("/slack/interactions", [new("payload", payload.ToJsonString())], DateTimeOffset.UtcNow));
}
