using System.Net;

namespace Bot.Discord.Tests;

/// <summary>POST /discord/interactions end to end: signature, parsing and routing (real seeds, real Lucene, a fake Discord API).</summary>
[Collection(DiscordHostCollection.Name)]
public sealed class InteractionsEndpointTests(DiscordHostFixture host)
{
    private DiscordBotFactory Bot => host.Factory;

    [Fact]
    public async Task A_ping_is_answered_with_a_pong()
    {
        // Act
        using var response = await Bot.PostSignedAsync(Interactions.Ping());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("tampered body")]
    [InlineData("missing signature")]
    [InlineData("missing timestamp")]
    [InlineData("stale timestamp")]
    [InlineData("short signature")]
    [InlineData("not hex")]
    public async Task A_request_without_a_valid_signature_is_refused_with_401(string problem)
    {
        // Arrange: the body would be malformed JSON, so a 401 proves the signature is checked before parsing.
        const string body = """{"type":1,"oops""";
        var now = TestKeys.Now();
        var stale = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Act
        using var response = problem switch
        {
            "tampered body" => await Bot.PostAsync(body, now, sign: false, signature: TestKeys.Sign(now, Interactions.Ping())),
            "missing signature" => await Bot.PostAsync(body, now, sign: false),
            "missing timestamp" => await Bot.PostAsync(body, null, sign: false, signature: TestKeys.Sign(now, body)),
            "stale timestamp" => await Bot.PostAsync(body, stale, sign: true),
            "short signature" => await Bot.PostAsync(body, now, sign: false, signature: TestKeys.Sign(now, body)[..126]),
            _ => await Bot.PostAsync(body, now, sign: false, signature: new string('g', 128)),
        };

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_with_a_valid_signature_is_a_400_without_a_stack_trace()
    {
        // Act
        using var response = await Bot.PostSignedAsync("""{"type":1,"oops""");
        var text = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_64_KiB_is_refused()
    {
        // Act
        using var response = await Bot.PostSignedAsync("{\"type\":1,\"pad\":\"" + new string('x', 70 * 1024) + "\"}");

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(5, "ask")]
    [InlineData(2, "horoscope")]
    public async Task An_unknown_interaction_or_command_gets_a_polite_ephemeral_reply(int type, string name)
    {
        // Act
        using var response = await Bot.PostSignedAsync(Interactions.Command(name, type: type));
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith("Sorry", json.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(json.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
    }
}
