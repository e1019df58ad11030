using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Discord.Tests.Gateway;

/// <summary>
/// Questions over the Gateway, end to end: an @mention answered as a reply, what is not a question ignored, and
/// interactions (/ask, a moderator's Pin click) answered on the callback route.
/// </summary>
public sealed class GatewayQuestionTests : IAsyncLifetime
{
    private const string GuildChannel = Interactions.ChannelId;
    private const string Asker = "444444444444444444";

    private GatewayTestBot _test = null!;
    private FakeGatewaySocket _socket = null!;
    private int _sequence = 1;

    public async Task InitializeAsync()
    {
        _test = await GatewayTestBot.StartAsync();
        (_socket, _) = await _test.ConnectAsync();
    }

    public async Task DisposeAsync() => await _test.DisposeAsync();

    [Fact]
    public async Task A_mention_is_answered_as_a_reply_with_the_quote_its_speaker_and_a_pin_button_pinging_nobody()
    {
        // Act
        var messageId = await MessageAsync($"<@{FakeDiscordGateway.BotUserId}> {DiscordBotSteps.PressSecretaryQuestion}", mentionsBot: true);
        var reply = FakeDiscordGateway.Body(await _test.Discord.WaitForAsync($"/channels/{GuildChannel}/messages"));

        // Assert
        Assert.Equal(messageId, reply.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.False(reply.GetProperty("message_reference").GetProperty("fail_if_not_exists").GetBoolean());
        Assert.Equal("""{"parse":[],"replied_user":false}""", reply.GetProperty("allowed_mentions").GetRawText());
        var embed = reply.GetProperty("embeds")[0];
        Assert.Equal(DiscordBotSteps.PressSecretaryQuestion, embed.GetProperty("title").GetString());
        Assert.StartsWith("Karoline Leavitt", embed.GetProperty("author").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("“", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        var button = reply.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Contains("Pin", button.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.False(reply.TryGetProperty("flags", out _));
    }

    [Fact]
    public async Task Messages_from_bots_from_itself_or_not_mentioning_it_are_ignored_and_a_DM_is_answered()
    {
        // Act: three messages that are not questions to the bot, then a DM, which is.
        await MessageAsync($"<@{FakeDiscordGateway.BotUserId}> who said it?", mentionsBot: true, authorIsBot: true);
        await MessageAsync($"<@{FakeDiscordGateway.BotUserId}> who said it?", mentionsBot: true, authorId: FakeDiscordGateway.BotUserId);
        await MessageAsync("who said it backfired?", mentionsBot: false);
        var dm = await MessageAsync(DiscordBotSteps.PressSecretaryQuestion, mentionsBot: false, guild: false, channelId: "121212121212121212");
        var dmReply = FakeDiscordGateway.Body(await _test.Discord.WaitForAsync("/channels/121212121212121212/messages"));

        // Assert: the three ignored ones were handled before the DM (they return without any await) and sent nothing.
        Assert.Equal(dm, dmReply.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Empty(_test.Discord.To($"/channels/{GuildChannel}/messages"));
    }

    [Fact]
    public async Task Ask_delivered_as_INTERACTION_CREATE_is_answered_on_the_callback_route_and_a_moderator_can_pin_it()
    {
        // Arrange
        var ask = Interactions.Ask(DiscordBotSteps.PressSecretaryQuestion);

        // Act: /ask
        await _socket.DispatchAsync("INTERACTION_CREATE", ++_sequence, ask);
        var callback = await _test.Discord.WaitForAsync($"/interactions/{Interactions.IdOf(ask)}/{Interactions.TokenOf(ask)}/callback");
        var answer = FakeDiscordGateway.Body(callback);

        // Act: a moderator's click on its Pin button
        var data = answer.GetProperty("data");
        var pinId = data.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;
        var messageId = Interactions.NewMessageId();
        var click = Interactions.Click(pinId, messageId, JsonNode.Parse(data.GetProperty("embeds").GetRawText()), Interactions.Member(Interactions.PinMessages));
        await _socket.DispatchAsync("INTERACTION_CREATE", ++_sequence, click);
        var clickCallback = FakeDiscordGateway.Body(await _test.Discord.WaitForAsync($"/{Interactions.TokenOf(click)}/callback"));
        var edit = FakeDiscordGateway.Body(await _test.Discord.WaitForAsync($"/{Interactions.TokenOf(click)}/messages/@original"));
        var put = Assert.Single(_test.Discord.To($"/messages/pins/{messageId}"));

        // Assert
        Assert.Equal(HttpMethod.Post, callback.Method);
        Assert.Equal(4, answer.GetProperty("type").GetInt32());
        Assert.StartsWith("Karoline Leavitt", data.GetProperty("embeds")[0].GetProperty("author").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, clickCallback.GetProperty("type").GetInt32());
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal("📌 Pinned by Ana", edit.GetProperty("content").GetString());
        Assert.Single(await _test.Bot.PinsForAsync(messageId));
    }

    /// <summary>Sends a MESSAGE_CREATE in the guild channel (or a DM) and returns its id.</summary>
    private async Task<string> MessageAsync(
        string content, bool mentionsBot, bool authorIsBot = false, string authorId = Asker, bool guild = true, string channelId = GuildChannel)
    {
        var id = Interactions.NewMessageId();
        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channelId,
            ["type"] = 0,
            ["content"] = content,
            ["author"] = new JsonObject { ["id"] = authorId, ["username"] = "asker", ["bot"] = authorIsBot },
            ["mentions"] = mentionsBot
                ? new JsonArray(new JsonObject { ["id"] = FakeDiscordGateway.BotUserId, ["username"] = "quotebot", ["bot"] = true })
                : new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["mention_everyone"] = false,
        };
        if (guild)
        {
            message["guild_id"] = DiscordBotFactory.GuildId;
        }

        await _socket.DispatchAsync("MESSAGE_CREATE", ++_sequence, message.ToJsonString());
        return id;
    }
}
