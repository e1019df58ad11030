using System.Net;
using Bot.Core.Pins;
using Bot.Slack.Tests.Fakes;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Slack.Tests.Host;

/// <summary>
/// Acknowledged work survives a crash: a host is torn down with its work in flight (a 1-second shutdown timeout cuts
/// the drain short, so the work is cancelled as a kill would leave it), and a new host on the same database file
/// finishes it.
/// </summary>
public sealed class SlackRestartTests : IDisposable
{
    private readonly TempFolder _data = new();

    private string Database => Path.Combine(_data.Path, "pins.db");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_pin_click_and_an_ask_acknowledged_before_a_crash_are_finished_by_the_next_start()
    {
        // Arrange: the first host acknowledges a Pin click and an /ask while Slack hangs, then goes down.
        using (var first = Host().WithServices(s => s.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1))))
        {
            using var client = first.CreateClient();
            using var ask = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command("why did trump threaten tariffs?"), DateTimeOffset.UtcNow));
            var posted = (await first.Slack.WaitForAsync("chat.postMessage"))[0].Json.GetProperty("blocks");
            var value = SlackPayloads.ButtonValue(posted, "pin_answer");
            first.Slack.Delay("pins.add", TimeSpan.FromMinutes(10));
            first.Slack.Delay("chat.postMessage", TimeSpan.FromMinutes(10));

            using var click = await client.SendAsync(SlackSignedRequest.Form(
                "/slack/interactions", SlackPayloads.Click("pin_answer", value, SlackAppFactory.Moderator, System.Text.Json.Nodes.JsonNode.Parse(posted.GetRawText())), DateTimeOffset.UtcNow));
            using var second = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command("who is karoline leavitt?"), DateTimeOffset.UtcNow));
            Assert.Equal(HttpStatusCode.OK, click.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Empty(first.Slack.CallsTo("pins.add"));
        }

        // Act: a new host on the same database file.
        using var restarted = Host();
        using var _ = restarted.CreateClient();
        await restarted.Slack.WaitForAsync(calls => calls.Any(c => c.Method == "chat.update") && calls.Any(c => c.Method == "chat.postMessage"), TimeSpan.FromSeconds(30));
        await restarted.WaitUntilIdleAsync(TimeSpan.FromSeconds(30));

        // Assert: pinned on Slack once, on the board, the answer posted once, nothing left in the journal.
        Assert.Single(restarted.Slack.CallsTo("pins.add"));
        Assert.Single(restarted.Slack.CallsTo("chat.postMessage"));
        var key = new PinKey(ChatPlatform.Slack, SlackPayloads.Channel, FakeSlackApi.PostedTs);
        Assert.NotNull(await restarted.Services.GetRequiredService<IPinnedAnswers>().FindAsync(key, CancellationToken.None));
        Assert.Empty(await restarted.Services.GetRequiredService<IWorkJournal>().PendingAsync(ChatPlatform.Slack, CancellationToken.None));
    }

    private SlackAppFactory Host() => new SlackAppFactory().With("Pins:Path", Database);
}
