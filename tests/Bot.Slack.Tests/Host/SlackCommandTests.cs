using System.Net;
using System.Text.Json;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Host;

/// <summary><c>/ask</c> end to end: the answer posted in the channel, help, refusals and the response_url fallback.</summary>
public sealed class SlackCommandTests : SlackHostTest
{
    [Fact]
    public async Task Ask_posts_one_message_whose_blocks_carry_the_quote_and_attribution()
    {
        // Arrange
        using var client = App.CreateClient();

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(Question), DateTimeOffset.UtcNow));
        var posts = await App.Slack.WaitForAsync("chat.postMessage");

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
        using var client = App.CreateClient();

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
        using var client = App.CreateClient();
        var question = string.Concat(Enumerable.Repeat("why tariffs ", 60));

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(question), DateTimeOffset.UtcNow));
        var replies = await App.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl);

        // Assert
        var reply = Assert.Single(replies);
        Assert.Equal("ephemeral", reply.Json.GetProperty("response_type").GetString());
        Assert.Contains("characters long", reply.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(App.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Without_the_bot_in_the_channel_the_answer_goes_through_response_url_in_channel()
    {
        // Arrange
        App.Slack.Enqueue("chat.postMessage", () => FakeSlackApi.Json("""{"ok":false,"error":"not_in_channel"}"""));
        using var client = App.CreateClient();

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(Question), DateTimeOffset.UtcNow));
        var responses = await App.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl, 2);

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
    public async Task Ask_quotes_lists_what_a_person_is_quoted_saying()
    {
        // Arrange
        using var client = App.CreateClient();

        // Act
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command("quotes guzman"), DateTimeOffset.UtcNow));
        var replies = await App.Slack.WaitForAsync(Fakes.SlackCall.ResponseUrl);

        // Assert
        var reply = Assert.Single(replies);
        Assert.Equal("ephemeral", reply.Json.GetProperty("response_type").GetString());
        var text = BlockText.Of(reply.Json.GetProperty("blocks"));
        Assert.Contains("Sergio Guzmán", text, StringComparison.Ordinal);
        Assert.Contains("big miscalculation", text, StringComparison.Ordinal);
    }
}
