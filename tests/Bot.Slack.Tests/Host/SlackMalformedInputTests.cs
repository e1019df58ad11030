using System.Net;
using System.Text.Json.Nodes;
using Bot.Slack.Tests.Fakes;
using Bot.Testing;

namespace Bot.Slack.Tests.Host;

/// <summary>Any signed body, however malformed, is answered below 500: lone surrogates, wrong types and odd ids included.</summary>
public sealed class SlackMalformedInputTests : SlackHostTest
{
    [Fact]
    public async Task Every_value_of_every_payload_replaced_by_a_surrogate_or_a_wrong_type_never_gets_a_5xx()
    {
        // Arrange: the three envelopes, each value mutated in turn (JsonMutations), signed as Slack would.
        using var client = App.CreateClient();
        var click = SlackPayloads.Click("pin_answer", """{"a":"x","p":1,"q":"q"}""", SlackAppFactory.Moderator, new JsonArray())[0].Value;
        var bodies = new List<(string Path, string Body, string ContentType)>();
        foreach (var json in JsonMutations.Of(SlackPayloads.Mention("Ev1", "<@UBOT> hi")))
        {
            bodies.Add(("/slack/events", json, "application/json"));
        }

        foreach (var json in JsonMutations.Of("""{"type":"url_verification","challenge":"abc","token":"t"}"""))
        {
            bodies.Add(("/slack/events", json, "application/json"));
        }

        foreach (var json in JsonMutations.Of(click))
        {
            bodies.Add(("/slack/interactions", "payload=" + Uri.EscapeDataString(json), "application/x-www-form-urlencoded"));
        }

        foreach (var (name, _) in SlackPayloads.Command(Question))
        {
            foreach (var value in new[] { "%ED%A0%80", "%FF", "..", "", "%00" })
            {
                var fields = SlackPayloads.Command(Question).Select(f => f.Key == name ? $"{f.Key}={value}" : $"{f.Key}={Uri.EscapeDataString(f.Value)}");
                bodies.Add(("/slack/commands", string.Join('&', fields), "application/x-www-form-urlencoded"));
            }
        }

        // Act
        var failures = new List<string>();
        foreach (var (path, body, contentType) in bodies)
        {
            using var response = await client.SendAsync(SlackSignedRequest.Create(path, body, contentType, DateTimeOffset.UtcNow));
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} {path} {body}");
            }
        }

        // Assert
        Assert.True(bodies.Count > 300, $"only {bodies.Count} bodies");
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("""{"type":"\udfff"}""")]
    [InlineData("""{"type":"url_verification","challenge":"\ud800"}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev9","event":{"type":"app_mention","user":"U1","text":"\ud800 hi","ts":"1.2","channel":"C1"}}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev9","event":{"type":"app_mention","user":"U1","text":"hi","ts":"1.2","channel":".."}}""")]
    public async Task An_event_with_a_lone_surrogate_or_a_malformed_id_is_a_400(string json)
    {
        // Arrange
        using var client = App.CreateClient();

        // Act
        using var response = await client.SendAsync(SlackSignedRequest.Json("/slack/events", json, DateTimeOffset.UtcNow));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(App.Slack.Calls);
    }
}
