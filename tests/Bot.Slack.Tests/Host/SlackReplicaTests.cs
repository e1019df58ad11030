using System.Globalization;
using Bot.Core.Pins;
using Bot.Slack.Tests.Fakes;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Slack.Tests.Host;

/// <summary>Two replicas of the bot on one pinboard file take turns on a message through the store's leases.</summary>
public sealed class SlackReplicaTests : IDisposable
{
    private const int Moderators = 20;

    private readonly TempFolder _data = new();
    private readonly FakeSlackApi _slack = new() { KeepsPins = true };
    private readonly SlackAppFactory[] _replicas;

    public SlackReplicaTests() => _replicas = [Replica(), Replica()];

    public void Dispose()
    {
        foreach (var replica in _replicas)
        {
            replica.Dispose();
        }

        _data.Dispose();
    }

    [Fact]
    public async Task Moderators_clicking_one_message_through_two_replicas_leave_board_and_Slack_agreeing()
    {
        // Arrange
        var clients = _replicas.Select(r => r.CreateClient()).ToArray();
        using var ask = await clients[0].SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command("why did trump threaten tariffs?"), DateTimeOffset.UtcNow));
        var blocks = (await _slack.WaitForAsync("chat.postMessage"))[0].Json.GetProperty("blocks");
        var value = SlackPayloads.ButtonValue(blocks, "pin_answer");
        var store = _replicas[0].Services.GetRequiredService<IPinnedAnswers>();
        var disagreements = new List<string>();

        for (var round = 0; round < 10; round++)
        {
            // Act: half Pin, half Unpin, spread over both replicas, all at once.
            var ts = "1700000003." + round.ToString("D6", CultureInfo.InvariantCulture);
            await Task.WhenAll(Enumerable.Range(0, Moderators).Select(async i =>
            {
                var action = i / 2 % 2 == 0 ? "pin_answer" : "unpin_answer";
                using var ack = await clients[i % 2].SendAsync(SlackSignedRequest.Form(
                    "/slack/interactions", SlackPayloads.Click(action, value, "UMOD" + i.ToString(CultureInfo.InvariantCulture), null, ts), DateTimeOffset.UtcNow));
            }));
            await Task.WhenAll(_replicas.Select(r => r.WaitUntilIdleAsync(TimeSpan.FromSeconds(60))));

            // Assert (collected)
            var onBoard = await store.FindAsync(new PinKey(ChatPlatform.Slack, SlackPayloads.Channel, ts), CancellationToken.None) is not null;
            if (onBoard != _slack.IsPinned(SlackPayloads.Channel, ts))
            {
                disagreements.Add($"{ts}: board {onBoard}, Slack {!onBoard}");
            }
        }

        Assert.Empty(disagreements);
    }

    private SlackAppFactory Replica()
    {
        var replica = new SlackAppFactory(_slack).With("Pins:Path", Path.Combine(_data.Path, "pins.db"));
        for (var i = 0; i < Moderators; i++)
        {
            replica.With($"Slack:ModeratorUserIds:{i + 1}", "UMOD" + i.ToString(CultureInfo.InvariantCulture));
        }

        return replica;
    }
}
