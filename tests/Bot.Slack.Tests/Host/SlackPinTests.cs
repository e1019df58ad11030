using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Articles;
using Bot.Core.Pins;
using Bot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Slack.Tests.Host;

/// <summary>The answer's buttons end to end: Pin and Unpin for moderators, <c>/ask pinned</c>, and Show context.</summary>
public sealed class SlackPinTests : SlackHostTest
{
    [Fact]
    public async Task A_moderators_pin_calls_pins_add_once_with_the_message_ts_and_stores_the_pin()
    {
        // Arrange
        using var client = App.CreateClient();
        var (value, blocks) = await AskForButtonAsync(client, "pin_answer");

        // Act
        using var ack = await ClickAsync(client, "pin_answer", value, SlackAppFactory.Moderator, blocks);
        var updates = await App.Slack.WaitForAsync("chat.update");

        // Assert
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var pin = Assert.Single(App.Slack.CallsTo("pins.add"));
        Assert.Equal("C1", pin.Json.GetProperty("channel").GetString());
        Assert.Equal(FakeSlackApi.PostedTs, pin.Json.GetProperty("timestamp").GetString());
        var update = Assert.Single(updates);
        Assert.Equal(FakeSlackApi.PostedTs, update.Json.GetProperty("ts").GetString());
        var updated = BlockText.Of(update.Json.GetProperty("blocks"));
        Assert.Contains("📌 Pinned by <@UMOD>", updated, StringComparison.Ordinal);
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
        App.Slack.Enqueue("pins.add", () => FakeSlackApi.Json("""{"ok":false,"error":"already_pinned"}"""));
        using var client = App.CreateClient();
        var (value, blocks) = await AskForButtonAsync(client, "pin_answer");

        // Act
        using var ack = await ClickAsync(client, "pin_answer", value, SlackAppFactory.Moderator, blocks);
        await App.Slack.WaitForAsync("chat.update");

        // Assert
        Assert.Single(await StoredPinsAsync());
        Assert.Empty(App.Slack.CallsTo(Fakes.SlackCall.ResponseUrl));
    }

    [Fact]
    public async Task A_moderators_unpin_removes_the_pin_in_Slack_and_on_the_board()
    {
        // Arrange
        using var client = App.CreateClient();
        var (value, blocks) = await AskForButtonAsync(client, "pin_answer");
        using var pin = await ClickAsync(client, "pin_answer", value, SlackAppFactory.Moderator, blocks);
        var pinnedBlocks = System.Text.Json.Nodes.JsonNode.Parse((await App.Slack.WaitForAsync("chat.update"))[0].Json.GetProperty("blocks").GetRawText());

        // Act
        using var unpin = await ClickAsync(client, "unpin_answer", value, SlackAppFactory.Moderator, pinnedBlocks);
        var updates = await App.Slack.WaitForAsync("chat.update", 2);

        // Assert
        var removed = Assert.Single(App.Slack.CallsTo("pins.remove"));
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
        using var client = App.CreateClient();
        var (value, _) = await AskForButtonAsync(client, "pin_answer");

        // Act
        using var ack = await ClickAsync(client, "pin_answer", value, "UNOBODY");
        await WaitUntilIdleAsync();

        // Assert
        var reply = Assert.Single(App.Slack.CallsTo(Fakes.SlackCall.ResponseUrl));
        Assert.Equal(SlackPayloads.ActionResponseUrl, reply.Uri.ToString());
        Assert.Equal("ephemeral", reply.Json.GetProperty("response_type").GetString());
        Assert.False(reply.Json.GetProperty("replace_original").GetBoolean());
        Assert.Contains("Only moderators can pin answers", reply.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(App.Slack.CallsTo("pins.add"));
        Assert.Empty(App.Slack.CallsTo("chat.update"));
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
        App.Slack.Enqueue("pins.add", () => FakeSlackApi.Json($$"""{"ok":false,"error":"{{error}}","needed":"pins:write"}"""));
        using var client = App.CreateClient();
        var (value, _) = await AskForButtonAsync(client, "pin_answer");

        // Act
        using var ack = await ClickAsync(client, "pin_answer", value, SlackAppFactory.Moderator);
        var replies = await App.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl);

        // Assert
        Assert.Contains(explanation, Assert.Single(replies).Json.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Single(App.Slack.CallsTo("pins.add"));
        Assert.Empty(App.Slack.CallsTo("chat.update"));
        Assert.Empty(await StoredPinsAsync());
    }

    [Fact]
    public async Task Ask_pinned_lists_the_channels_pinned_answers_ephemerally()
    {
        // Arrange
        using var client = App.CreateClient();
        var (value, _) = await AskForButtonAsync(client, "pin_answer");
        using var pin = await ClickAsync(client, "pin_answer", value, SlackAppFactory.Moderator);
        await App.Slack.WaitForAsync("pins.add");
        await WaitUntilPinnedAsync();

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command("pinned"), DateTimeOffset.UtcNow));
        var replies = await App.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl);

        // Assert
        var reply = Assert.Single(replies);
        Assert.Equal("ephemeral", reply.Json.GetProperty("response_type").GetString());
        var text = BlockText.Of(reply.Json.GetProperty("blocks"));
        Assert.Contains(Question, text, StringComparison.Ordinal);
        Assert.Contains("25-percent tariffs", text, StringComparison.Ordinal);
        Assert.Contains("📌 <@UMOD>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_context_sends_two_paragraphs_either_side_to_the_clicker()
    {
        // Arrange
        using var client = App.CreateClient();
        var (value, _) = await AskForButtonAsync(client, "show_context");

        // Act
        using var ack = await ClickAsync(client, "show_context", value, "UANY");
        var replies = await App.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl);

        // Assert
        var text = BlockText.Of(Assert.Single(replies).Json.GetProperty("blocks"));
        Assert.Contains("¶6", text, StringComparison.Ordinal);
        Assert.Contains("¶7", text, StringComparison.Ordinal);
        Assert.Contains("*¶8*", text, StringComparison.Ordinal);
        Assert.Contains("¶9", text, StringComparison.Ordinal);
        Assert.Contains("¶10", text, StringComparison.Ordinal);
        Assert.Contains("revoked visas", text, StringComparison.Ordinal);
        Assert.DoesNotContain("¶5", text, StringComparison.Ordinal);
        Assert.DoesNotContain("¶11", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000000000000")]
    [InlineData(null)]
    public async Task Show_context_from_an_answer_rendered_against_another_version_of_the_article_says_so_to_the_clicker(string? version)
    {
        // Arrange
        using var client = App.CreateClient();
        var answer = await AskAsync(client);
        var value = JsonNode.Parse(SlackPayloads.ButtonValue(answer.GetProperty("blocks"), "show_context"))!.AsObject();
        value["f"] = version;

        // Act
        using var ack = await ClickAsync(client, "show_context", value.ToJsonString(), "UANY");
        var replies = await App.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl);

        // Assert
        var reply = Assert.Single(replies).Json;
        Assert.Equal("ephemeral", reply.GetProperty("response_type").GetString());
        var text = BlockText.Of(reply);
        Assert.Contains("The article changed since this answer was posted — ask again to see the current text.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("¶8", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pin_button_carries_the_start_of_the_cited_articles_fingerprint()
    {
        // Arrange
        using var client = App.CreateClient();
        var library = await App.Services.GetRequiredService<IArticleLibraryProvider>().GetAsync();

        // Act
        var answer = await AskAsync(client);

        // Assert
        using var value = JsonDocument.Parse(SlackPayloads.ButtonValue(answer.GetProperty("blocks"), "pin_answer"));
        var article = library.Find(value.RootElement.GetProperty("a").GetString()!)!;
        Assert.Equal(article.Fingerprint[..12], value.RootElement.GetProperty("f").GetString());
    }

    [Theory]
    [InlineData("0123456789ab")]
    [InlineData(null)]
    public async Task A_pin_from_an_answer_posted_before_the_article_changed_is_refused_and_stores_nothing(string? version)
    {
        // Arrange: the button as an earlier version of the article (or a version-less button) rendered it.
        using var client = App.CreateClient();
        var answer = await AskAsync(client);
        var value = JsonNode.Parse(SlackPayloads.ButtonValue(answer.GetProperty("blocks"), "pin_answer"))!.AsObject();
        value.Remove("f");
        if (version is not null)
        {
            value["f"] = version;
        }

        var blocks = JsonNode.Parse(answer.GetProperty("blocks").GetRawText());

        // Act
        using var ack = await ClickAsync(client, "pin_answer", value.ToJsonString(), SlackAppFactory.Moderator, blocks);
        var replies = await App.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl);
        await WaitUntilIdleAsync();

        // Assert
        var reply = Assert.Single(replies);
        Assert.Equal("ephemeral", reply.Json.GetProperty("response_type").GetString());
        Assert.Equal("The article changed since this answer was posted — ask again to pin the current text.", reply.Json.GetProperty("text").GetString());
        Assert.Empty(App.Slack.CallsTo("pins.add"));
        Assert.Empty(App.Slack.CallsTo("chat.update"));
        Assert.Empty(await StoredPinsAsync());
    }
}
