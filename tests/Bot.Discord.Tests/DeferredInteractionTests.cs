using System.Net;
using System.Text.Json.Nodes;
using Bot.Discord.Interactions;

namespace Bot.Discord.Tests;

/// <summary>While the articles load, every handler that reads them defers and finishes with a webhook call.</summary>
public sealed class DeferredInteractionTests(LoadingHostFixture host) : IClassFixture<LoadingHostFixture>
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(60);

    private DiscordBotFactory Bot => host.Factory;

    [Fact]
    public async Task While_the_articles_load_ask_is_deferred_and_completed_by_editing_the_original_response()
    {
        // Arrange
        host.Gate.Close();
        var ask = Interactions.Ask(DiscordBotSteps.PressSecretaryQuestion);

        // Act
        using var response = await Bot.PostSignedAsync(ask);
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());
        host.Gate.Open();
        var edit = await Bot.Api.WaitForAsync(TokenOf(ask), s_wait);

        // Assert
        Assert.Equal(5, json.GetProperty("type").GetInt32());
        Assert.Equal(HttpMethod.Patch, edit.Method);
        Assert.Equal($"/api/v10/webhooks/{DiscordBotFactory.ApplicationId}/{TokenOf(ask)}/messages/@original", edit.Path);
        var body = Interactions.Json(edit.Body);
        Assert.Empty(body.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.Equal("Karoline Leavitt, White House Press Secretary", body.GetProperty("embeds")[0].GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_rate_limited_edit_of_the_original_response_never_writes_the_interaction_token_to_the_logs()
    {
        // Arrange
        host.Gate.Close();
        var ask = Interactions.Ask(DiscordBotSteps.PressSecretaryQuestion);
        var token = TokenOf(ask);
        Bot.Api.Enqueue($"/{token}/messages/@original", HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":0.05,"global":false}""");

        // Act
        using var response = await Bot.PostSignedAsync(ask);
        host.Gate.Open();
        await WaitForCountAsync(token, 2);
        await Task.Delay(200);

        // Assert
        var logs = host.Logs.Text;
        Assert.Contains("Discord rate limit on PATCH webhooks/{application.id}/{interaction.token}/messages/@original", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_articles_load_a_pin_click_is_acknowledged_with_type_6_and_the_answer_edited_after()
    {
        // Arrange
        host.Gate.Open();
        var (messageId, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        host.Gate.Close();

        // Act
        using var response = await Bot.PostSignedAsync(click);
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());
        host.Gate.Open();
        var edit = await Bot.Api.WaitForAsync(TokenOf(click), s_wait);

        // Assert
        Assert.Equal("""{"type":6}""", json.GetRawText());
        Assert.Equal(HttpMethod.Patch, edit.Method);
        Assert.Equal("📌 Pinned by Ana", Interactions.Json(edit.Body).GetProperty("content").GetString());
        Assert.Single(Bot.Api.To($"/pins/{messageId}"));
        Assert.Single(await Bot.PinsForAsync(messageId));
    }

    [Fact]
    public async Task A_deferred_pin_click_that_is_refused_says_so_in_an_ephemeral_follow_up_and_leaves_the_answer_alone()
    {
        // Arrange: a button from an answer rendered against another version of the article.
        host.Gate.Open();
        var (messageId, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        click = PinInteractionTests.WithFingerprint(click, "000000000000");
        host.Gate.Close();

        // Act
        using var response = await Bot.PostSignedAsync(click);
        host.Gate.Open();
        var followUp = await Bot.Api.WaitForAsync(TokenOf(click), s_wait);

        // Assert
        Assert.Equal(HttpMethod.Post, followUp.Method);
        Assert.Equal($"/api/v10/webhooks/{DiscordBotFactory.ApplicationId}/{TokenOf(click)}", followUp.Path);
        var body = Interactions.Json(followUp.Body);
        Assert.Equal(64, body.GetProperty("flags").GetInt32());
        Assert.Equal(DiscordPinHandler.ArticleChanged, body.GetProperty("content").GetString());
        Assert.Empty(Bot.Api.To($"/pins/{messageId}"));
        Assert.Empty(await Bot.PinsForAsync(messageId));
    }

    [Fact]
    public async Task While_the_articles_load_show_context_and_quotes_are_deferred_and_autocomplete_offers_nothing()
    {
        // Arrange
        host.Gate.Open();
        var reply = await Bot.AskAsync(DiscordBotSteps.PressSecretaryQuestion);
        var contextId = reply.GetProperty("data").GetProperty("components")[0].GetProperty("components")[1].GetProperty("custom_id").GetString()!;
        var context = Interactions.Click(contextId, Interactions.NewMessageId(), null, Interactions.Member(Interactions.NoPermissions));
        var quotes = Interactions.Command("quotes", new JsonArray(Interactions.Option("person", "Karoline Leavitt")));
        host.Gate.Close();

        // Act
        using var contextResponse = await Bot.PostSignedAsync(context);
        using var quotesResponse = await Bot.PostSignedAsync(quotes);
        using var suggest = await Bot.PostSignedAsync(Interactions.Command("quotes", new JsonArray(Interactions.Option("person", "lea", focused: true)), type: 4));
        var contextJson = Interactions.Json(await contextResponse.Content.ReadAsStringAsync());
        var quotesJson = Interactions.Json(await quotesResponse.Content.ReadAsStringAsync());
        var suggestJson = Interactions.Json(await suggest.Content.ReadAsStringAsync());
        host.Gate.Open();
        var contextEdit = await Bot.Api.WaitForAsync(TokenOf(context), s_wait);
        var quotesEdit = await Bot.Api.WaitForAsync(TokenOf(quotes), s_wait);

        // Assert
        Assert.Equal(5, contextJson.GetProperty("type").GetInt32());
        Assert.Equal(64, contextJson.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(5, quotesJson.GetProperty("type").GetInt32());
        Assert.Equal(8, suggestJson.GetProperty("type").GetInt32());
        Assert.Empty(suggestJson.GetProperty("data").GetProperty("choices").EnumerateArray());
        Assert.Contains("▶ ¶11", contextEdit.Body, StringComparison.Ordinal);
        Assert.StartsWith("Karoline Leavitt", Interactions.Json(quotesEdit.Body).GetProperty("embeds")[0].GetProperty("author").GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    private static string TokenOf(string interaction) => Interactions.Json(interaction).GetProperty("token").GetString()!;

    private async Task WaitForCountAsync(string pathFragment, int count)
    {
        var deadline = DateTime.UtcNow + s_wait;
        while (Bot.Api.To(pathFragment).Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Fewer than {count} requests to the path within {s_wait}.");
            await Task.Delay(20);
        }
    }
}
