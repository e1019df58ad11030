using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Core.Articles;
using Bot.Core.Pins;
using Bot.Discord.Api;
using Bot.Discord.Interactions;
using Bot.Discord.Pins;
using Bot.Discord.Rendering;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Bot.Discord.Tests;

/// <summary>The Pin and Unpin buttons and /pinned end to end, against the pin store and a fake Discord API.</summary>
[Collection(DiscordHostCollection.Name)]
public sealed partial class PinInteractionTests(DiscordHostFixture host)
{
    private DiscordBotFactory Bot => host.Factory;

    [Fact]
    public async Task A_moderators_pin_sends_one_put_to_the_pin_route_and_stores_the_pin()
    {
        // Arrange
        var (messageId, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));

        // Act
        var (json, edit) = await Bot.ClickAndWaitAsync(click);

        // Assert
        var puts = Bot.Api.To($"/messages/pins/{messageId}");
        var put = Assert.Single(puts);
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal($"/api/v10/channels/{Interactions.ChannelId}/messages/pins/{messageId}", put.Path);
        Assert.Equal("Bot test-bot-token", put.Headers["Authorization"]);
        Assert.StartsWith("DiscordBot (", put.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Contains("Ana", Uri.UnescapeDataString(put.Headers["X-Audit-Log-Reason"]), StringComparison.Ordinal);
        Assert.Equal("""{"type":6}""", json.GetRawText());
        Assert.Equal(HttpMethod.Patch, edit.Method);
        Assert.Equal($"/api/v10/webhooks/{DiscordBotFactory.ApplicationId}/{Interactions.TokenOf(click)}/messages/@original", edit.Path);
        var edited = Interactions.Json(edit.Body);
        Assert.Equal("📌 Pinned by Ana", edited.GetProperty("content").GetString());
        Assert.Equal("Unpin", FirstButtonLabel(edited));
        var pin = Assert.Single(await Bot.PinsForAsync(messageId));
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
        var (messageId, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.NoPermissions, DiscordBotFactory.ModeratorRoleId));

        // Act
        await Bot.ClickAndWaitAsync(click);
        var (second, edit) = await Bot.ClickAndWaitAsync(Interactions.WithNewToken(click));

        // Assert
        Assert.Equal(6, second.GetProperty("type").GetInt32());
        Assert.Equal(HttpMethod.Patch, edit.Method);
        Assert.Equal("Unpin", FirstButtonLabel(Interactions.Json(edit.Body)));
        Assert.Single(await Bot.PinsForAsync(messageId));
    }

    [Fact]
    public async Task A_non_moderators_pin_is_refused_and_nothing_is_pinned()
    {
        // Arrange
        var (messageId, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.NoPermissions, "123"));

        // Act
        using var response = await Bot.PostSignedAsync(click);
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("Only moderators can pin answers.", json.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty(Bot.Api.To(messageId));
        Assert.Empty(Bot.Api.To(Interactions.TokenOf(click)));
        Assert.Empty(await Bot.PinsForAsync(messageId));
    }

    [Fact]
    public async Task A_429_on_the_pin_route_is_waited_out_and_retried()
    {
        // Arrange
        var (messageId, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        Bot.Api.Enqueue($"/pins/{messageId}", HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":0.05,"global":false}""");

        // Act
        var (json, edit) = await Bot.ClickAndWaitAsync(click);

        // Assert
        Assert.Equal(2, Bot.Api.To($"/pins/{messageId}").Count);
        Assert.Equal(6, json.GetProperty("type").GetInt32());
        Assert.Equal(HttpMethod.Patch, edit.Method);
        Assert.Single(await Bot.PinsForAsync(messageId));
    }

    [Fact]
    public async Task A_429_longer_than_the_bot_waits_tells_the_moderator_and_stores_nothing()
    {
        // Arrange
        var (messageId, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        Bot.Api.Enqueue($"/pins/{messageId}", HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":600,"global":false}""");

        // Act
        var (json, followUp) = await Bot.ClickAndWaitAsync(click);

        // Assert
        Assert.Equal(6, json.GetProperty("type").GetInt32());
        AssertEphemeralFollowUp(followUp, click);
        Assert.Contains("rate limiting me", Interactions.Json(followUp.Body).GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Single(Bot.Api.To($"/pins/{messageId}"));
        Assert.Empty(await Bot.PinsForAsync(messageId));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, null, "HTTP 500")]
    [InlineData(HttpStatusCode.BadRequest, 30003, "limit of pinned messages")]
    [InlineData(HttpStatusCode.Forbidden, 50013, "Pin Messages permission")]
    [InlineData(HttpStatusCode.NotFound, 10008, "no longer exists")]
    public async Task A_failed_pin_tells_the_moderator_why_and_stores_nothing(HttpStatusCode status, int? code, string expected)
    {
        // Arrange
        var (messageId, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        Bot.Api.Enqueue($"/pins/{messageId}", status, code is null ? null : $$"""{"code":{{code}},"message":"error"}""");

        // Act
        var (json, followUp) = await Bot.ClickAndWaitAsync(click);

        // Assert: a 5xx on a PUT is not retried, so nothing can be pinned twice.
        Assert.Single(Bot.Api.To($"/pins/{messageId}"));
        Assert.Equal(6, json.GetProperty("type").GetInt32());
        AssertEphemeralFollowUp(followUp, click);
        Assert.Contains(expected, Interactions.Json(followUp.Body).GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(await Bot.PinsForAsync(messageId));
    }

    [Fact]
    public async Task Unpin_deletes_the_discord_pin_and_pinned_lists_what_remains_newest_first()
    {
        // Arrange: pin two answers in the channel, then unpin the first.
        var moderator = Interactions.Member(Interactions.PinMessages);
        var (firstId, firstClick) = await Bot.PinClickAsync(moderator);
        var (secondId, secondClick) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        await Bot.ClickAndWaitAsync(firstClick);
        await Bot.ClickAndWaitAsync(secondClick);
        var unpin = Interactions.WithNewToken(firstClick.Replace("\"pin:", "\"unpin:", StringComparison.Ordinal));

        // Act
        var (unpinned, edit) = await Bot.ClickAndWaitAsync(unpin);
        using var board = await Bot.PostSignedAsync(Interactions.Command("pinned"));
        var json = Interactions.Json(await board.Content.ReadAsStringAsync());

        // Assert
        Assert.Contains(Bot.Api.To($"/pins/{firstId}"), r => r.Method == HttpMethod.Delete);
        Assert.Equal("""{"type":6}""", unpinned.GetRawText());
        Assert.Equal(HttpMethod.Patch, edit.Method);
        Assert.Equal("Pin", FirstButtonLabel(Interactions.Json(edit.Body)));
        Assert.Empty(await Bot.PinsForAsync(firstId));
        Assert.Single(await Bot.PinsForAsync(secondId));
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.NotEmpty(json.GetProperty("data").GetProperty("embeds")[0].GetProperty("fields").EnumerateArray());
    }

    [Fact]
    public async Task The_pin_button_carries_the_start_of_the_articles_fingerprint_within_100_characters()
    {
        // Arrange
        var library = await Bot.Services.GetRequiredService<IArticleLibraryProvider>().GetAsync();

        // Act
        var (_, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));

        // Assert
        var id = DiscordCustomId.Parse(CustomIdOf(click))!;
        Assert.Equal(DiscordCustomId.Pin, id.Action);
        Assert.Equal(library.Find(id.ArticleId)!.Fingerprint[..12], id.Fingerprint);
        Assert.True(CustomIdOf(click).Length <= 100);
    }

    [Theory]
    [InlineData("000000000000")]
    [InlineData(null)]
    public async Task A_pin_from_an_answer_rendered_against_another_version_of_the_article_is_refused_and_nothing_is_stored(string? fingerprint)
    {
        // Arrange
        var (messageId, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        click = WithFingerprint(click, fingerprint);

        // Act
        var (json, followUp) = await Bot.ClickAndWaitAsync(click);

        // Assert
        Assert.Equal(6, json.GetProperty("type").GetInt32());
        AssertEphemeralFollowUp(followUp, click);
        Assert.Equal("The article changed since this answer was posted — ask again to pin the current text.", Interactions.Json(followUp.Body).GetProperty("content").GetString());
        Assert.Empty(Bot.Api.To(messageId));
        Assert.Empty(await Bot.PinsForAsync(messageId));
    }

    [Fact]
    public async Task Pinned_lists_a_stale_pin_with_a_visible_mark_and_a_current_one_without()
    {
        // Arrange: a channel of its own holding one current pin and one whose quote the articles no longer carry.
        const string channelId = "333333333333330001";
        var library = await Bot.Services.GetRequiredService<IArticleLibraryProvider>().GetAsync();
        var article = library.Articles[0];
        var paragraph = article.Paragraphs[0];
        var store = Bot.Services.GetRequiredService<IPinnedAnswers>();
        var moderator = new PinActor("555", "Ana");
        var at = DateTimeOffset.UtcNow;
        await store.PinAsync(new PinRequest(new PinKey(ChatPlatform.Discord, channelId, "1"), DiscordBotFactory.GuildId, moderator, at.AddMinutes(-1),
            "current?", paragraph.Text, paragraph.Speaker, article.Id, paragraph.Number, article.Fingerprint), CancellationToken.None);
        await store.PinAsync(new PinRequest(new PinKey(ChatPlatform.Discord, channelId, "2"), DiscordBotFactory.GuildId, moderator, at,
            "stale?", "Words the articles never carried.", null, article.Id, paragraph.Number, "stale-fingerprint"), CancellationToken.None);

        // Act
        using var response = await Bot.PostSignedAsync(Interactions.Command("pinned").Replace(Interactions.ChannelId, channelId, StringComparison.Ordinal));
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());

        // Assert
        var names = json.GetProperty("data").GetProperty("embeds")[0].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        Assert.Equal(2, names.Count);
        Assert.StartsWith("⚠️ no longer in the article · 📌", names[0], StringComparison.Ordinal);
        Assert.StartsWith("📌", names[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pin", "Unpin")]
    [InlineData("unpin", "Pin")]
    public async Task A_pin_or_unpin_click_is_acknowledged_at_once_while_discord_holds_the_call(string action, string buttonAfter)
    {
        // Arrange: Discord does not answer the pin route until released, as when the rate limit makes the bot wait.
        var (messageId, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        click = click.Replace("\"pin:", $"\"{action}:", StringComparison.Ordinal);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Bot.Api.Hold($"/pins/{messageId}", release.Task);
        try
        {
            // Act: the bound is well past Discord's 3 seconds so a busy machine does not fail it; without the
            // deferral the reply would wait for the release and never come.
            using var response = await Bot.PostSignedAsync(click).WaitAsync(TimeSpan.FromSeconds(15));
            var json = Interactions.Json(await response.Content.ReadAsStringAsync());
            var heldBeforeRelease = Bot.Api.To(Interactions.TokenOf(click)).Count;
            release.SetResult();
            var edit = await Bot.Api.WaitForAsync(Interactions.TokenOf(click), TimeSpan.FromSeconds(30));

            // Assert
            Assert.Equal("""{"type":6}""", json.GetRawText());
            Assert.Equal(0, heldBeforeRelease);
            Assert.Equal(HttpMethod.Patch, edit.Method);
            Assert.Equal(buttonAfter, FirstButtonLabel(Interactions.Json(edit.Body)));
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Fact]
    public async Task A_pin_click_once_shutdown_has_begun_is_told_to_try_again_at_once_instead_of_deferred()
    {
        // Arrange: a host of its own whose deferred replies have stopped, as in the middle of a shutdown.
        using var bot = new DiscordBotFactory();
        await bot.ReadyAsync();
        var (messageId, click) = await bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        await bot.Services.GetRequiredService<DiscordDeferredAnswers>().StopAsync(CancellationToken.None);

        // Act
        using var response = await bot.PostSignedAsync(click);
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("I'm restarting — please try again in a moment.", json.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty(bot.Api.To(messageId));
        Assert.Empty(await bot.PinsForAsync(messageId));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, null, "Discord could not unpin the answer (HTTP 500). Try again later; nothing was unpinned.")]
    [InlineData(HttpStatusCode.NotFound, 10008, "That message no longer exists, so it can't be unpinned.")]
    [InlineData(HttpStatusCode.TooManyRequests, null, "Discord is rate limiting me. Try again in a minute; nothing was unpinned.")]
    public void PinError_Unpin_SaysUnpinOnce(HttpStatusCode status, int? code, string expected)
    {
        // Act
        var text = DiscordPinHandler.PinError(new DiscordApiException(status, code, "error"), DiscordPinHandler.UnpinVerb);

        // Assert
        Assert.Equal(expected, text);
        Assert.DoesNotContain("Unun", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task When_the_store_fails_after_discord_pinned_or_unpinned_the_moderator_is_told_plainly()
    {
        // Arrange: a host whose pin store throws.
        var recorder = Substitute.For<IDiscordPinRecorder>();
        recorder.RecordAsync(Arg.Any<DiscordPinRecord>(), Arg.Any<CancellationToken>()).ThrowsAsync(new PinStoreUnavailableException("disk gone"));
        recorder.RemoveAsync(default!, default!, default!, default!, default, default).ThrowsAsyncForAnyArgs(new InvalidOperationException("locked"));
        using var bot = new DiscordBotFactory { ConfigureServices = services => services.AddSingleton(recorder) };
        await bot.ReadyAsync();
        var (messageId, click) = await bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));

        var unpinClick = Interactions.WithNewToken(click.Replace("\"pin:", "\"unpin:", StringComparison.Ordinal));

        // Act
        var (_, pinned) = await bot.ClickAndWaitAsync(click);
        var (_, unpinned) = await bot.ClickAndWaitAsync(unpinClick);
        var pin = Interactions.Json(pinned.Body);
        var unpin = Interactions.Json(unpinned.Body);

        // Assert
        Assert.Contains(bot.Api.To($"/pins/{messageId}"), r => r.Method == HttpMethod.Put);
        Assert.Contains(bot.Api.To($"/pins/{messageId}"), r => r.Method == HttpMethod.Delete);
        AssertEphemeralFollowUp(pinned, click);
        AssertEphemeralFollowUp(unpinned, unpinClick);
        Assert.StartsWith("Pinned in Discord, but the bot could not record it: the pin store is unavailable", pin.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Unpinned in Discord, but the bot could not update its record:", unpin.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The click with its Pin button's fingerprint replaced, or removed when null (a button from before fingerprints).</summary>
    internal static string WithFingerprint(string click, string? fingerprint) =>
        PinFingerprint().Replace(click, m => fingerprint is null ? m.Groups["id"].Value + "\"" : $"{m.Groups["id"].Value}:{fingerprint}\"", 1);

    private static string FirstButtonLabel(JsonElement message) =>
        message.GetProperty("components")[0].GetProperty("components")[0].GetProperty("label").GetString()!;

    private static void AssertEphemeralFollowUp(FakeDiscordApi.RecordedRequest request, string click)
    {
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"/api/v10/webhooks/{DiscordBotFactory.ApplicationId}/{Interactions.TokenOf(click)}", request.Path);
        Assert.Equal(64, Interactions.Json(request.Body).GetProperty("flags").GetInt32());
    }

    private static string CustomIdOf(string click) => Interactions.Json(click).GetProperty("data").GetProperty("custom_id").GetString()!;

    [GeneratedRegex("(?<id>\"pin:[^:\"]+:[0-9]+):[0-9a-f]+\"")]
    private static partial Regex PinFingerprint();
}
