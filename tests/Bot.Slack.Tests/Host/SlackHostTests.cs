using System.Net;
using System.Text.Json;
using Bot.Core.Pins;
using Bot.Slack.Tests.Fakes;
using Bot.Slack.Work;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Slack.Tests.Host;

/// <summary>The bot end to end: signed requests in, the fake Slack Web API recording what goes out.</summary>
public sealed class SlackHostTests : IDisposable
{
    private const string Question = "why did trump threaten tariffs?";

    private readonly SlackAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Url_verification_is_answered_with_the_challenge()
    {
        // Arrange
        using var client = _app.CreateClient();
        const string Body = """{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";

        // Act
        using var response = await client.SendAsync(SlackSignedRequest.Json("/slack/events", Body, DateTimeOffset.UtcNow));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", json.RootElement.GetProperty("challenge").GetString());
    }

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
        using var client = _app.CreateClient();
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
        Assert.Empty(_app.Slack.Calls);
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
        using var client = _app.CreateClient();

        // Act
        using var response = await client.SendAsync(SlackSignedRequest.Create(path, body, "application/x-www-form-urlencoded", DateTimeOffset.UtcNow));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_64_KiB_is_refused()
    {
        // Arrange
        using var client = _app.CreateClient();
        var body = "text=" + new string('a', 70 * 1024);

        // Act
        using var response = await client.SendAsync(SlackSignedRequest.Create("/slack/commands", body, "application/x-www-form-urlencoded", DateTimeOffset.UtcNow));

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Ask_posts_one_message_whose_blocks_carry_the_quote_and_attribution()
    {
        // Arrange
        using var client = _app.CreateClient();

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(Question), DateTimeOffset.UtcNow));
        var posts = await _app.Slack.WaitForAsync("chat.postMessage");

        // Assert
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var post = Assert.Single(posts);
        Assert.Equal("C1", post.Json.GetProperty("channel").GetString());
        var text = BlockText.Of(post.Json.GetProperty("blocks"));
        Assert.Contains("*He threatened to impose 25-percent tariffs", text, StringComparison.Ordinal);
        Assert.Contains("Al Jazeera", text, StringComparison.Ordinal);
        Assert.Contains("4 Feb 2025", text, StringComparison.Ordinal);
        Assert.Contains("¶8", text, StringComparison.Ordinal);
        Assert.Contains("📌 Pin", text, StringComparison.Ordinal);
        Assert.Contains("Show context", text, StringComparison.Ordinal);
        Assert.Contains("25-percent tariffs", post.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bearer xoxb-test-token", post.Authorization);
        AssertEveryMethodIsInTheSpec();
    }

    [Fact]
    public async Task Ask_without_text_gets_ephemeral_usage_help_at_once()
    {
        // Arrange
        using var client = _app.CreateClient();

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(""), DateTimeOffset.UtcNow));

        // Assert
        using var json = JsonDocument.Parse(await ack.Content.ReadAsStringAsync());
        Assert.Equal("ephemeral", json.RootElement.GetProperty("response_type").GetString());
        Assert.Contains("/ask quotes", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_too_long_to_ask_is_answered_only_to_the_asker()
    {
        // Arrange
        using var client = _app.CreateClient();
        var question = string.Concat(Enumerable.Repeat("why tariffs ", 60));

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(question), DateTimeOffset.UtcNow));
        var replies = await _app.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl);

        // Assert
        var reply = Assert.Single(replies);
        Assert.Equal("ephemeral", reply.Json.GetProperty("response_type").GetString());
        Assert.Contains("characters long", reply.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(_app.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Without_the_bot_in_the_channel_the_answer_goes_through_response_url_in_channel()
    {
        // Arrange
        _app.Slack.Enqueue("chat.postMessage", () => FakeSlackApi.Json("""{"ok":false,"error":"not_in_channel"}"""));
        using var client = _app.CreateClient();

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(Question), DateTimeOffset.UtcNow));
        var responses = await _app.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl, 2);

        // Assert
        Assert.Equal(SlackPayloads.CommandResponseUrl, responses[0].Uri.ToString());
        Assert.Equal("in_channel", responses[0].Json.GetProperty("response_type").GetString());
        Assert.Contains("25-percent tariffs", BlockText.Of(responses[0].Json.GetProperty("blocks")), StringComparison.Ordinal);
        Assert.DoesNotContain("📌 Pin", BlockText.Of(responses[0].Json.GetProperty("blocks")), StringComparison.Ordinal);
        Assert.Equal("ephemeral", responses[1].Json.GetProperty("response_type").GetString());
        Assert.Contains("/invite", responses[1].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Null(responses[0].Authorization);
    }

    [Fact]
    public async Task A_moderators_pin_calls_pins_add_once_with_the_message_ts_and_stores_the_pin()
    {
        // Arrange
        using var client = _app.CreateClient();
        var answer = await AskAsync(client);
        var value = SlackPayloads.ButtonValue(answer.GetProperty("blocks"), "pin_answer");
        var blocks = System.Text.Json.Nodes.JsonNode.Parse(answer.GetProperty("blocks").GetRawText());

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/interactions", SlackPayloads.Click("pin_answer", value, SlackAppFactory.Moderator, blocks), DateTimeOffset.UtcNow));
        var updates = await _app.Slack.WaitForAsync("chat.update");

        // Assert
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var pin = Assert.Single(_app.Slack.CallsTo("pins.add"));
        Assert.Equal("C1", pin.Json.GetProperty("channel").GetString());
        Assert.Equal(FakeSlackApi.PostedTs, pin.Json.GetProperty("timestamp").GetString());
        var update = Assert.Single(updates);
        Assert.Equal(FakeSlackApi.PostedTs, update.Json.GetProperty("ts").GetString());
        var updated = BlockText.Of(update.Json.GetProperty("blocks"));
        Assert.Contains("📌 Pinned by umod", updated, StringComparison.Ordinal);
        Assert.Contains("Unpin", updated, StringComparison.Ordinal);
        Assert.Contains("25-percent tariffs", updated, StringComparison.Ordinal);
        var stored = Assert.Single(await StoredPinsAsync()).Pin;
        Assert.Equal(new PinKey(ChatPlatform.Slack, "C1", FakeSlackApi.PostedTs), stored.Key);
        Assert.Equal("T1", stored.WorkspaceId);
        Assert.Equal(new PinActor(SlackAppFactory.Moderator, "umod"), stored.PinnedBy);
        Assert.Equal(Question, stored.Question);
        Assert.Equal(8, stored.Paragraph);
        Assert.Contains("25-percent tariffs", stored.Quote, StringComparison.Ordinal);
        AssertEveryMethodIsInTheSpec();
    }

    [Fact]
    public async Task Already_pinned_in_Slack_counts_as_success_and_is_recorded()
    {
        // Arrange
        _app.Slack.Enqueue("pins.add", () => FakeSlackApi.Json("""{"ok":false,"error":"already_pinned"}"""));
        using var client = _app.CreateClient();
        var answer = await AskAsync(client);
        var value = SlackPayloads.ButtonValue(answer.GetProperty("blocks"), "pin_answer");
        var blocks = System.Text.Json.Nodes.JsonNode.Parse(answer.GetProperty("blocks").GetRawText());

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/interactions", SlackPayloads.Click("pin_answer", value, SlackAppFactory.Moderator, blocks), DateTimeOffset.UtcNow));
        await _app.Slack.WaitForAsync("chat.update");

        // Assert
        Assert.Single(await StoredPinsAsync());
        Assert.Empty(_app.Slack.CallsTo(Fakes.SlackCall.ResponseUrl));
    }

    [Fact]
    public async Task A_moderators_unpin_removes_the_pin_in_Slack_and_on_the_board()
    {
        // Arrange
        using var client = _app.CreateClient();
        var answer = await AskAsync(client);
        var value = SlackPayloads.ButtonValue(answer.GetProperty("blocks"), "pin_answer");
        var blocks = System.Text.Json.Nodes.JsonNode.Parse(answer.GetProperty("blocks").GetRawText());
        using var pin = await client.SendAsync(SlackSignedRequest.Form("/slack/interactions", SlackPayloads.Click("pin_answer", value, SlackAppFactory.Moderator, blocks), DateTimeOffset.UtcNow));
        var pinnedBlocks = System.Text.Json.Nodes.JsonNode.Parse((await _app.Slack.WaitForAsync("chat.update"))[0].Json.GetProperty("blocks").GetRawText());

        // Act
        using var unpin = await client.SendAsync(SlackSignedRequest.Form("/slack/interactions", SlackPayloads.Click("unpin_answer", value, SlackAppFactory.Moderator, pinnedBlocks), DateTimeOffset.UtcNow));
        var updates = await _app.Slack.WaitForAsync("chat.update", 2);

        // Assert
        var removed = Assert.Single(_app.Slack.CallsTo("pins.remove"));
        Assert.Equal(FakeSlackApi.PostedTs, removed.Json.GetProperty("timestamp").GetString());
        Assert.Empty(await StoredPinsAsync());
        var restored = BlockText.Of(updates[1].Json.GetProperty("blocks"));
        Assert.Contains("📌 Pin", restored, StringComparison.Ordinal);
        Assert.DoesNotContain("Pinned by", restored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_moderators_pin_calls_nothing_and_is_told_only_moderators_can_pin()
    {
        // Arrange
        using var client = _app.CreateClient();
        var answer = await AskAsync(client);
        var value = SlackPayloads.ButtonValue(answer.GetProperty("blocks"), "pin_answer");

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/interactions", SlackPayloads.Click("pin_answer", value, "UNOBODY", null), DateTimeOffset.UtcNow));
        await WaitUntilIdleAsync();

        // Assert
        var reply = Assert.Single(_app.Slack.CallsTo(Fakes.SlackCall.ResponseUrl));
        Assert.Equal(SlackPayloads.ActionResponseUrl, reply.Uri.ToString());
        Assert.Equal("ephemeral", reply.Json.GetProperty("response_type").GetString());
        Assert.False(reply.Json.GetProperty("replace_original").GetBoolean());
        Assert.Contains("Only moderators can pin answers", reply.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(_app.Slack.CallsTo("pins.add"));
        Assert.Empty(_app.Slack.CallsTo("chat.update"));
        Assert.Empty(await StoredPinsAsync());
    }

    [Theory]
    [InlineData("too_many_pins", "too many pins")]
    [InlineData("not_in_channel", "/invite")]
    [InlineData("message_not_found", "no longer exists")]
    [InlineData("missing_scope", "pins:write")]
    public async Task A_failed_pin_tells_the_moderator_why_and_stores_nothing(string error, string explanation)
    {
        // Arrange
        _app.Slack.Enqueue("pins.add", () => FakeSlackApi.Json($$"""{"ok":false,"error":"{{error}}","needed":"pins:write"}"""));
        using var client = _app.CreateClient();
        var answer = await AskAsync(client);
        var value = SlackPayloads.ButtonValue(answer.GetProperty("blocks"), "pin_answer");

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/interactions", SlackPayloads.Click("pin_answer", value, SlackAppFactory.Moderator, null), DateTimeOffset.UtcNow));
        var replies = await _app.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl);

        // Assert
        Assert.Contains(explanation, Assert.Single(replies).Json.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Single(_app.Slack.CallsTo("pins.add"));
        Assert.Empty(_app.Slack.CallsTo("chat.update"));
        Assert.Empty(await StoredPinsAsync());
    }

    [Fact]
    public async Task Ask_pinned_lists_the_channels_pinned_answers_ephemerally()
    {
        // Arrange
        using var client = _app.CreateClient();
        var answer = await AskAsync(client);
        var value = SlackPayloads.ButtonValue(answer.GetProperty("blocks"), "pin_answer");
        using var pin = await client.SendAsync(SlackSignedRequest.Form("/slack/interactions", SlackPayloads.Click("pin_answer", value, SlackAppFactory.Moderator, null), DateTimeOffset.UtcNow));
        await _app.Slack.WaitForAsync("pins.add");
        await WaitUntilPinnedAsync();

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command("pinned"), DateTimeOffset.UtcNow));
        var replies = await _app.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl);

        // Assert
        var reply = Assert.Single(replies);
        Assert.Equal("ephemeral", reply.Json.GetProperty("response_type").GetString());
        var text = BlockText.Of(reply.Json.GetProperty("blocks"));
        Assert.Contains(Question, text, StringComparison.Ordinal);
        Assert.Contains("25-percent tariffs", text, StringComparison.Ordinal);
        Assert.Contains("umod", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_quotes_lists_what_a_person_is_quoted_saying()
    {
        // Arrange
        using var client = _app.CreateClient();

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command("quotes guzman"), DateTimeOffset.UtcNow));
        var replies = await _app.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl);

        // Assert
        var reply = Assert.Single(replies);
        Assert.Equal("ephemeral", reply.Json.GetProperty("response_type").GetString());
        var text = BlockText.Of(reply.Json.GetProperty("blocks"));
        Assert.Contains("Sergio Guzmán", text, StringComparison.Ordinal);
        Assert.Contains("big miscalculation", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_context_sends_the_surrounding_paragraphs_to_the_clicker()
    {
        // Arrange
        using var client = _app.CreateClient();
        var answer = await AskAsync(client);
        var value = SlackPayloads.ButtonValue(answer.GetProperty("blocks"), "show_context");

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/interactions", SlackPayloads.Click("show_context", value, "UANY", null), DateTimeOffset.UtcNow));
        var replies = await _app.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl);

        // Assert
        var text = BlockText.Of(Assert.Single(replies).Json.GetProperty("blocks"));
        Assert.Contains("¶7", text, StringComparison.Ordinal);
        Assert.Contains("*¶8*", text, StringComparison.Ordinal);
        Assert.Contains("¶9", text, StringComparison.Ordinal);
        Assert.Contains("revoked visas", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_delivered_three_times_is_answered_once_in_the_mentions_thread()
    {
        // Arrange
        using var client = _app.CreateClient();
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
        var answer = Assert.Single(_app.Slack.CallsTo("chat.postMessage"));
        Assert.Contains("25-percent tariffs", BlockText.Of(answer.Json.GetProperty("blocks")), StringComparison.Ordinal);
        Assert.Equal("1515449522.000016", answer.Json.GetProperty("thread_ts").GetString());
    }

    [Fact]
    public async Task A_bots_own_mention_is_ignored()
    {
        // Arrange
        using var client = _app.CreateClient();

        // Act
        using var fromBot = await client.SendAsync(SlackSignedRequest.Json("/slack/events", SlackPayloads.Mention("Ev1", "<@UBOT> " + Question, botId: "B1"), DateTimeOffset.UtcNow));
        using var fromSelf = await client.SendAsync(SlackSignedRequest.Json("/slack/events", SlackPayloads.Mention("Ev2", "<@UBOT> " + Question, user: "UBOT"), DateTimeOffset.UtcNow));
        using var fromPerson = await client.SendAsync(SlackSignedRequest.Json("/slack/events", SlackPayloads.Mention("Ev3", "<@UBOT> who said it?"), DateTimeOffset.UtcNow));
        await WaitUntilIdleAsync();

        // Assert
        var post = Assert.Single(_app.Slack.CallsTo("chat.postMessage"));
        Assert.DoesNotContain("25-percent tariffs", BlockText.Of(post.Json.GetProperty("blocks")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_limited_post_waits_for_Retry_After_and_is_retried()
    {
        // Arrange
        _app.Slack.Enqueue("chat.postMessage", () => FakeSlackApi.RateLimited(1));
        using var client = _app.CreateClient();

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(Question), DateTimeOffset.UtcNow));
        var posts = await _app.Slack.WaitForAsync("chat.postMessage", 2);

        // Assert
        Assert.Equal(2, posts.Count);
        Assert.Equal(posts[0].Body, posts[1].Body);
        Assert.Empty(_app.Slack.CallsTo(Fakes.SlackCall.ResponseUrl));
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

    private async Task<JsonElement> AskAsync(HttpClient client)
    {
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(Question), DateTimeOffset.UtcNow));
        var post = (await _app.Slack.WaitForAsync("chat.postMessage"))[0];
        return post.Json;
    }

    private async Task<IReadOnlyList<PinnedAnswer>> StoredPinsAsync() =>
        (await _app.Services.GetRequiredService<IPinnedAnswers>().ListAsync(PinFilter.ForChannel(ChatPlatform.Slack, "C1"), null, 10, CancellationToken.None)).Items;

    /// <summary>Waits (up to 5 s) until every acknowledged request has been fully handled in the background.</summary>
    private async Task WaitUntilIdleAsync()
    {
        var queue = _app.Services.GetRequiredService<SlackWorkQueue>();
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (queue.Pending > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The Slack work did not finish in time.");
            await Task.Delay(20);
        }
    }

    private async Task WaitUntilPinnedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while ((await StoredPinsAsync()).Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The pin was not stored in time.");
            await Task.Delay(20);
        }
    }

    private void AssertEveryMethodIsInTheSpec()
    {
        foreach (var call in _app.Slack.Calls.Where(c => c.Method != Fakes.SlackCall.ResponseUrl))
        {
            Assert.True(SlackApiSpec.Knows(call.Method), $"The bot called '{call.Method}', which Slack's spec does not list.");
        }
    }
}
