using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Pins;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Tests;

/// <summary>Steps the end-to-end tests share: ask, build a Pin click on the answer, read the pin store.</summary>
internal static class DiscordBotSteps
{
    public const string PressSecretaryQuestion = "what did the press secretary say?";

    /// <summary>How long a test waits for work done after the response; generous, since two cores run every test.</summary>
    private static readonly TimeSpan s_backgroundWait = TimeSpan.FromSeconds(30);

    /// <summary>Posts /ask and returns the interaction response.</summary>
    public static async Task<JsonElement> AskAsync(this DiscordBotFactory bot, string question)
    {
        using var response = await bot.PostSignedAsync(Interactions.Ask(question));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Interactions.Json(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Asks, then builds a click on the answer's Pin button as Discord would send it.</summary>
    public static async Task<(string MessageId, string Click)> PinClickAsync(this DiscordBotFactory bot, JsonObject member)
    {
        var reply = await bot.AskAsync(PressSecretaryQuestion);
        var data = reply.GetProperty("data");
        var pinId = data.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;
        var messageId = Interactions.NewMessageId();
        var embeds = JsonNode.Parse(data.GetProperty("embeds").GetRawText());
        return (messageId, Interactions.Click(pinId, messageId, embeds, member));
    }

    /// <summary>
    /// Posts a Pin or Unpin click and waits, bounded, for the work done after the type 6 reply: the edit of the
    /// original message, or the ephemeral follow-up.
    /// </summary>
    public static async Task<(JsonElement Response, FakeDiscordApi.RecordedRequest Completion)> ClickAndWaitAsync(this DiscordBotFactory bot, string click)
    {
        using var response = await bot.PostSignedAsync(click);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());
        return (json, await bot.Api.WaitForAsync(Interactions.TokenOf(click), s_backgroundWait));
    }

    /// <summary>The active pin the pinboard store holds for a message, as a list of zero or one.</summary>
    public static async Task<IReadOnlyList<PinRequest>> PinsForAsync(this DiscordBotFactory bot, string messageId, string channelId = Interactions.ChannelId)
    {
        var store = bot.Services.GetRequiredService<IPinnedAnswers>();
        var pin = await store.FindAsync(new PinKey(ChatPlatform.Discord, channelId, messageId), CancellationToken.None);
        return pin is null ? [] : [pin.Pin];
    }
}
