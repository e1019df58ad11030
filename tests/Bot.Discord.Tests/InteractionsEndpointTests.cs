using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Pins;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Tests;

/// <summary>POST /discord/interactions end to end: real seeds, real Lucene, a fake Discord API.</summary>
public sealed class InteractionsEndpointTests(DiscordHostFixture host) : IClassFixture<DiscordHostFixture>
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

    [Fact]
    public async Task Ask_replies_with_the_quote_its_speaker_and_the_citation_in_an_embed()
    {
        // Act
        var reply = await AskAsync("what did the press secretary say?");

        // Assert
        Assert.Equal(4, reply.GetProperty("type").GetInt32());
        var data = reply.GetProperty("data");
        Assert.Empty(data.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.False(data.TryGetProperty("flags", out _));
        var embed = data.GetProperty("embeds")[0];
        Assert.Equal("Karoline Leavitt, White House Press Secretary", embed.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("said in a statement · Al Jazeera · 4 Feb 2025 · ¶11", embed.GetProperty("footer").GetProperty("text").GetString());
        var description = embed.GetProperty("description").GetString()!;
        Assert.Contains("**\"Today's events make clear to the world that America is respected again,\" White House Press Secretary Karoline Leavitt said in a statement.**", description, StringComparison.Ordinal);
        Assert.StartsWith("“The Trump administration declared it a diplomatic victory.", description, StringComparison.Ordinal);
        var buttons = data.GetProperty("components")[0].GetProperty("components");
        Assert.Equal("Pin", buttons[0].GetProperty("label").GetString());
        Assert.Equal("📌", buttons[0].GetProperty("emoji").GetProperty("name").GetString());
        Assert.StartsWith("pin:", buttons[0].GetProperty("custom_id").GetString(), StringComparison.Ordinal);
        Assert.Equal("Show context", buttons[1].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Ask_for_something_the_articles_do_not_cover_says_so_and_offers_the_closest_two()
    {
        // Act
        var reply = await AskAsync("what is the recipe for banana bread with walnuts?");

        // Assert
        var embed = reply.GetProperty("data").GetProperty("embeds")[0];
        Assert.StartsWith("No passage in the articles answers that.", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.False(reply.GetProperty("data").TryGetProperty("components", out _));
        Assert.True(embed.TryGetProperty("fields", out var fields) && fields.GetArrayLength() <= 2);
    }

    [Fact]
    public async Task Show_context_replies_privately_with_the_paragraphs_around_the_quote()
    {
        // Arrange
        var reply = await AskAsync("what did the press secretary say?");
        var contextId = reply.GetProperty("data").GetProperty("components")[0].GetProperty("components")[1].GetProperty("custom_id").GetString()!;

        // Act
        using var response = await Bot.PostSignedAsync(Interactions.Click(contextId, Interactions.NewMessageId(), null, Interactions.Member(Interactions.NoPermissions)));
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());

        // Assert
        var data = json.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        var names = data.GetProperty("embeds")[0].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        Assert.Contains(names, n => n.StartsWith("▶ ¶11 · Karoline Leavitt, White House Press Secretary", StringComparison.Ordinal));
        Assert.True(names.Count >= 3);
    }

    [Fact]
    public async Task A_moderators_pin_sends_one_put_to_the_pin_route_and_stores_the_pin()
    {
        // Arrange
        var (messageId, click) = await PinClickAsync(Interactions.Member(Interactions.PinMessages));

        // Act
        using var response = await Bot.PostSignedAsync(click);
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());

        // Assert
        var puts = Bot.Api.To($"/messages/pins/{messageId}");
        var put = Assert.Single(puts);
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal($"/api/v10/channels/{Interactions.ChannelId}/messages/pins/{messageId}", put.Path);
        Assert.Equal("Bot test-bot-token", put.Headers["Authorization"]);
        Assert.StartsWith("DiscordBot (", put.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Contains("Ana", Uri.UnescapeDataString(put.Headers["X-Audit-Log-Reason"]), StringComparison.Ordinal);
        Assert.Equal(7, json.GetProperty("type").GetInt32());
        Assert.Equal("📌 Pinned by Ana", json.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal("Unpin", json.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("label").GetString());
        var pin = Assert.Single(await PinsForAsync(messageId));
        Assert.Equal("555", pin.PinnedBy.Id);
        Assert.Equal(DiscordBotFactory.GuildId, pin.WorkspaceId);
        Assert.Equal("what did the press secretary say?", pin.Question);
        Assert.Equal("Karoline Leavitt", pin.Speaker?.Name);
        Assert.Equal(11, pin.Paragraph);
    }

    [Fact]
    public async Task A_member_with_a_moderator_role_may_pin_and_pinning_twice_is_harmless()
    {
        // Arrange
        var (messageId, click) = await PinClickAsync(Interactions.Member(Interactions.NoPermissions, DiscordBotFactory.ModeratorRoleId));

        // Act
        using var first = await Bot.PostSignedAsync(click);
        using var second = await Bot.PostSignedAsync(click);

        // Assert
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(7, Interactions.Json(await second.Content.ReadAsStringAsync()).GetProperty("type").GetInt32());
        Assert.Single(await PinsForAsync(messageId));
    }

    [Fact]
    public async Task A_non_moderators_pin_is_refused_and_nothing_is_pinned()
    {
        // Arrange
        var (messageId, click) = await PinClickAsync(Interactions.Member(Interactions.NoPermissions, "123"));

        // Act
        using var response = await Bot.PostSignedAsync(click);
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("Only moderators can pin answers.", json.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty(Bot.Api.To(messageId));
        Assert.Empty(await PinsForAsync(messageId));
    }

    [Fact]
    public async Task A_429_on_the_pin_route_is_waited_out_and_retried()
    {
        // Arrange
        var (messageId, click) = await PinClickAsync(Interactions.Member(Interactions.PinMessages));
        Bot.Api.Enqueue($"/pins/{messageId}", HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":0.05,"global":false}""");

        // Act
        using var response = await Bot.PostSignedAsync(click);

        // Assert
        Assert.Equal(2, Bot.Api.To($"/pins/{messageId}").Count);
        Assert.Equal(7, Interactions.Json(await response.Content.ReadAsStringAsync()).GetProperty("type").GetInt32());
        Assert.Single(await PinsForAsync(messageId));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, null, "HTTP 500")]
    [InlineData(HttpStatusCode.BadRequest, 30003, "limit of pinned messages")]
    [InlineData(HttpStatusCode.Forbidden, 50013, "Pin Messages permission")]
    [InlineData(HttpStatusCode.NotFound, 10008, "no longer exists")]
    public async Task A_failed_pin_tells_the_moderator_why_and_stores_nothing(HttpStatusCode status, int? code, string expected)
    {
        // Arrange
        var (messageId, click) = await PinClickAsync(Interactions.Member(Interactions.PinMessages));
        Bot.Api.Enqueue($"/pins/{messageId}", status, code is null ? null : $$"""{"code":{{code}},"message":"error"}""");

        // Act
        using var response = await Bot.PostSignedAsync(click);
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());

        // Assert: a 5xx on a PUT is not retried, so nothing can be pinned twice.
        Assert.Single(Bot.Api.To($"/pins/{messageId}"));
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains(expected, json.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(await PinsForAsync(messageId));
    }

    [Fact]
    public async Task Unpin_deletes_the_discord_pin_and_pinned_lists_what_remains_newest_first()
    {
        // Arrange: pin two answers in the channel, then unpin the first.
        var moderator = Interactions.Member(Interactions.PinMessages);
        var (firstId, firstClick) = await PinClickAsync(moderator);
        var (secondId, secondClick) = await PinClickAsync(Interactions.Member(Interactions.PinMessages));
        (await Bot.PostSignedAsync(firstClick)).Dispose();
        (await Bot.PostSignedAsync(secondClick)).Dispose();
        var unpin = firstClick.Replace("\"pin:", "\"unpin:", StringComparison.Ordinal);

        // Act
        using var unpinned = await Bot.PostSignedAsync(unpin);
        using var board = await Bot.PostSignedAsync(Interactions.Command("pinned"));
        var json = Interactions.Json(await board.Content.ReadAsStringAsync());

        // Assert
        Assert.Contains(Bot.Api.To($"/pins/{firstId}"), r => r.Method == HttpMethod.Delete);
        Assert.Equal("Pin", Interactions.Json(await unpinned.Content.ReadAsStringAsync()).GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("label").GetString());
        Assert.Empty(await PinsForAsync(firstId));
        Assert.Single(await PinsForAsync(secondId));
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.NotEmpty(json.GetProperty("data").GetProperty("embeds")[0].GetProperty("fields").EnumerateArray());
    }

    [Fact]
    public async Task Quotes_autocompletes_people_and_lists_their_quotes_in_order()
    {
        // Arrange
        var focused = new JsonArray(Interactions.Option("person", "guz", focused: true));

        // Act
        using var suggest = await Bot.PostSignedAsync(Interactions.Command("quotes", focused, type: 4));
        using var quotes = await Bot.PostSignedAsync(Interactions.Command("quotes", new JsonArray(Interactions.Option("person", "Sergio Guzmán"))));
        var choices = Interactions.Json(await suggest.Content.ReadAsStringAsync());
        var list = Interactions.Json(await quotes.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(8, choices.GetProperty("type").GetInt32());
        var choice = Assert.Single(choices.GetProperty("data").GetProperty("choices").EnumerateArray());
        Assert.Equal("Sergio Guzmán", choice.GetProperty("value").GetString());
        var embed = list.GetProperty("data").GetProperty("embeds")[0];
        Assert.StartsWith("Sergio Guzmán, a political analyst", embed.GetProperty("author").GetProperty("name").GetString(), StringComparison.Ordinal);
        var description = embed.GetProperty("description").GetString()!;
        Assert.True(description.IndexOf("¶13", StringComparison.Ordinal) < description.IndexOf("¶29", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_in_article_answers_privately_from_the_target_messages_text()
    {
        // Arrange
        var resolved = new JsonObject
        {
            ["target_id"] = "999",
            ["resolved"] = new JsonObject
            {
                ["messages"] = new JsonObject
                {
                    ["999"] = new JsonObject { ["id"] = "999", ["channel_id"] = Interactions.ChannelId, ["content"] = "the press secretary said America is respected again" },
                },
            },
        };

        // Act
        using var response = await Bot.PostSignedAsync(Interactions.Command("Find in article", extra: resolved));
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("respected again", json.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> AskAsync(string question)
    {
        using var response = await Bot.PostSignedAsync(Interactions.Ask(question));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Interactions.Json(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Asks, then builds a click on the answer's Pin button as Discord would send it.</summary>
    private async Task<(string MessageId, string Click)> PinClickAsync(JsonObject member)
    {
        var reply = await AskAsync("what did the press secretary say?");
        var data = reply.GetProperty("data");
        var pinId = data.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;
        var messageId = Interactions.NewMessageId();
        var embeds = JsonNode.Parse(data.GetProperty("embeds").GetRawText());
        return (messageId, Interactions.Click(pinId, messageId, embeds, member));
    }

    /// <summary>The active pin the pinboard store holds for a message, as a list of zero or one.</summary>
    private async Task<IReadOnlyList<PinRequest>> PinsForAsync(string messageId)
    {
        var store = Bot.Services.GetRequiredService<IPinnedAnswers>();
        var pin = await store.FindAsync(new PinKey(ChatPlatform.Discord, Interactions.ChannelId, messageId), CancellationToken.None);
        return pin is null ? [] : [pin.Pin];
    }
}
