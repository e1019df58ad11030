using System.Net;
using System.Text.Json.Nodes;
using Bot.Testing;

namespace Bot.Discord.Tests;

/// <summary>Any signed body, however malformed, is answered below 500, and ids that could bend a REST route are refused.</summary>
[Collection(DiscordHostCollection.Name)]
public sealed class MalformedInteractionTests(DiscordHostFixture host)
{
    private DiscordBotFactory Bot => host.Factory;

    [Fact]
    public async Task Every_value_of_an_ask_and_a_pin_click_replaced_by_a_surrogate_or_a_wrong_type_never_gets_a_5xx()
    {
        // Arrange: each value of both payloads mutated in turn (JsonMutations), under a fresh interaction id.
        var (_, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        var bodies = JsonMutations.Of(Interactions.Ask("why did trump threaten tariffs?"))
            .Concat(JsonMutations.Of(click))
            .Select(WithFreshId)
            .ToList();

        // Act
        var failures = new List<string>();
        foreach (var body in bodies)
        {
            using var response = await Bot.PostSignedAsync(body);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} {body}");
            }
        }

        // Assert
        Assert.True(bodies.Count > 300, $"only {bodies.Count} bodies");
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("""{"type":2,"id":"1","application_id":"1","token":"t","data":{"name":"ask","options":[{"name":"question","type":3,"value":"\ud800"}]}}""")]
    [InlineData("""{"type":2,"id":"1","application_id":"1","token":"t\udfff","data":{"name":"ask"}}""")]
    [InlineData("""{"type":[2],"id":"1","application_id":"1","token":"t"}""")]
    public async Task A_lone_surrogate_or_a_wrong_type_is_a_400(string body)
    {
        // Act
        using var response = await Bot.PostSignedAsync(body);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("channel_id")]
    [InlineData("message id")]
    [InlineData("token")]
    [InlineData("application_id")]
    [InlineData("guild_id")]
    public async Task A_pin_click_with_a_malformed_id_is_a_400_and_calls_nothing(string field)
    {
        // Arrange
        var (messageId, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        var body = JsonNode.Parse(click)!.AsObject();
        switch (field)
        {
            case "channel_id":
                body["message"]!["channel_id"] = "..";
                body["channel_id"] = "..";
                break;
            case "message id":
                body["message"]!["id"] = "..";
                break;
            default:
                body[field] = "..";
                break;
        }

        // Act
        using var response = await Bot.PostSignedAsync(body.ToJsonString());
        await Task.Delay(200);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Bot.Api.To(messageId));
        Assert.DoesNotContain(Bot.Api.Requests, r => r.Uri.OriginalString.Contains("/..", StringComparison.Ordinal)
            || r.Path.Contains("/webhooks/messages", StringComparison.Ordinal) || r.Path.EndsWith("/messages/", StringComparison.Ordinal)
            || r.Path.StartsWith("/api/v10/messages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_follow_up_goes_to_the_configured_application_whatever_the_payload_says()
    {
        // Arrange
        var (_, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        var body = JsonNode.Parse(click)!.AsObject();
        body["application_id"] = "999999999999999999";

        // Act
        var (_, completion) = await Bot.ClickAndWaitAsync(body.ToJsonString());

        // Assert
        Assert.StartsWith($"/api/v10/webhooks/{DiscordBotFactory.ApplicationId}/", completion.Path, StringComparison.Ordinal);
        Assert.Empty(Bot.Api.To("999999999999999999"));
    }

    /// <summary>The body under a fresh interaction id, replaced as text: a mutated body may not parse.</summary>
    private static string WithFreshId(string body)
    {
        var at = body.IndexOf("\"id\":\"78600", StringComparison.Ordinal);
        return at < 0 ? body : body[..(at + 6)] + Interactions.NewInteractionId() + body[(at + 6 + 18)..];
    }
}
