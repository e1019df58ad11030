using System.Diagnostics;
using System.Globalization;
using Bot.Core.Pins;
using Bot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Slack.Tests.Host;

/// <summary>Moderators clicking at once leave the board as Slack has it, and pins waiting on Slack never hold up answers.</summary>
public sealed class SlackPinOrderTests : SlackHostTest
{
    private const int Moderators = 20;

    public SlackPinOrderTests()
    {
        for (var i = 0; i < Moderators; i++)
        {
            App.With($"Slack:ModeratorUserIds:{i + 1}", ModeratorId(i));
        }
    }

    [Fact]
    public async Task Twenty_rounds_of_twenty_moderators_pinning_and_unpinning_one_message_leave_board_and_Slack_agreeing()
    {
        // Arrange
        App.Slack.KeepsPins = true;
        using var client = App.CreateClient();
        var (value, blocks) = await AskForButtonAsync(client, "pin_answer");
        var store = App.Services.GetRequiredService<IPinnedAnswers>();
        var disagreements = new List<string>();

        for (var round = 0; round < 20; round++)
        {
            // Act: half Pin, half Unpin, all at once, on this round's message.
            var ts = "1700000001." + round.ToString("D6", CultureInfo.InvariantCulture);
            var clicks = Enumerable.Range(0, Moderators).Select(async i =>
            {
                var action = i % 2 == 0 ? "pin_answer" : "unpin_answer";
                using var ack = await client.SendAsync(SlackSignedRequest.Form(
                    "/slack/interactions", SlackPayloads.Click(action, value, ModeratorId(i), blocks, ts), DateTimeOffset.UtcNow));
            });
            await Task.WhenAll(clicks);
            await WaitUntilIdleAsync();

            // Assert (collected): the board records what Slack last confirmed.
            var onBoard = await store.FindAsync(new PinKey(ChatPlatform.Slack, SlackPayloads.Channel, ts), CancellationToken.None) is not null;
            if (onBoard != App.Slack.IsPinned(SlackPayloads.Channel, ts))
            {
                disagreements.Add($"{ts}: board {onBoard}, Slack {!onBoard}");
            }

            // The message's last update shows the state that won.
            var lastUpdate = App.Slack.CallsTo("chat.update").Last(c => c.Json.GetProperty("ts").GetString() == ts);
            if (BlockText.Of(lastUpdate.Json.GetProperty("blocks")).Contains("Pinned by", StringComparison.Ordinal) != onBoard)
            {
                disagreements.Add($"{ts}: board {onBoard}, the last update shows the other state");
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public async Task An_ask_is_answered_within_3_seconds_while_8_pins_wait_on_a_slow_pins_add()
    {
        // Arrange
        using var client = App.CreateClient();
        var (value, blocks) = await AskForButtonAsync(client, "pin_answer");
        App.Slack.Delay("pins.add", TimeSpan.FromSeconds(6));
        for (var i = 0; i < 8; i++)
        {
            var ts = "1700000002." + i.ToString("D6", CultureInfo.InvariantCulture);
            using var ack = await client.SendAsync(SlackSignedRequest.Form(
                "/slack/interactions", SlackPayloads.Click("pin_answer", value, ModeratorId(i), blocks, ts), DateTimeOffset.UtcNow));
        }

        // Act
        var clock = Stopwatch.StartNew();
        using var ask = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(Question, "UASKER2"), DateTimeOffset.UtcNow));
        await App.Slack.WaitForAsync("chat.postMessage", 2);
        clock.Stop();

        // Assert
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"The answer took {clock.Elapsed.TotalSeconds:0.0} s.");
        Assert.Empty(App.Slack.CallsTo("pins.add"));
    }

    private static string ModeratorId(int i) => "UMOD" + i.ToString(CultureInfo.InvariantCulture);
}
