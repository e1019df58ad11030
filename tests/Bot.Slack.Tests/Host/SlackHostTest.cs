using System.Text.Json;
using Bot.Core.Pins;
using Bot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Slack.Tests.Host;

/// <summary>The bot end to end: signed requests in, the fake Slack Web API recording what goes out.</summary>
public abstract class SlackHostTest : IDisposable
{
    protected const string Question = "why did trump threaten tariffs?";

    protected SlackAppFactory App { get; } = new();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            App.Dispose();
        }
    }

    /// <summary>Asks <see cref="Question"/> with /ask and returns the answer as posted.</summary>
    protected async Task<JsonElement> AskAsync(HttpClient client)
    {
        using var ack = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(Question), DateTimeOffset.UtcNow));
        var post = (await App.Slack.WaitForAsync("chat.postMessage"))[0];
        return post.Json;
    }

    /// <summary>Asks <see cref="Question"/> and returns one button's value and the posted blocks, as a click carries them.</summary>
    protected async Task<(string Value, System.Text.Json.Nodes.JsonNode? Blocks)> AskForButtonAsync(HttpClient client, string actionId)
    {
        var blocks = (await AskAsync(client)).GetProperty("blocks");
        return (SlackPayloads.ButtonValue(blocks, actionId), System.Text.Json.Nodes.JsonNode.Parse(blocks.GetRawText()));
    }

    /// <summary>Clicks a button of an answer, as <paramref name="user"/>, with a signed interactions request.</summary>
    protected static Task<HttpResponseMessage> ClickAsync(HttpClient client, string actionId, string value, string user, System.Text.Json.Nodes.JsonNode? blocks = null) =>
        client.SendAsync(SlackSignedRequest.Form("/slack/interactions", SlackPayloads.Click(actionId, value, user, blocks), DateTimeOffset.UtcNow));

    protected async Task<IReadOnlyList<PinnedAnswer>> StoredPinsAsync() =>
        (await App.Services.GetRequiredService<IPinnedAnswers>().ListAsync(PinFilter.ForChannel(ChatPlatform.Slack, "C1"), null, 10, CancellationToken.None)).Items;

    /// <summary>Waits (up to 5 s) until every acknowledged request has been fully handled in the background.</summary>
    protected Task WaitUntilIdleAsync() => App.WaitUntilIdleAsync(TimeSpan.FromSeconds(5));

    protected async Task WaitUntilPinnedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while ((await StoredPinsAsync()).Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The pin was not stored in time.");
            await Task.Delay(20);
        }
    }

    protected void AssertEveryMethodIsInTheSpec()
    {
        foreach (var call in App.Slack.Calls.Where(c => c.Method != Fakes.SlackCall.ResponseUrl))
        {
            Assert.True(SlackApiSpec.Knows(call.Method), $"The bot called '{call.Method}', which Slack's spec does not list.");
        }
    }
}
