using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Bot.Discord.Tests;

/// <summary>
/// The board and Discord agree however clicks race, a pin whose answer was lost is checked and recorded, and pins
/// waiting on a slow Discord never hold up an answer. Each test has a host of its own: they slow its fake Discord down.
/// </summary>
public sealed class PinOrderTests : IAsyncLifetime
{
    private const int Moderators = 20;

    private readonly DiscordBotFactory _bot = new();

    public async Task InitializeAsync() => await _bot.ReadyAsync();

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Twenty_rounds_of_twenty_moderators_pinning_and_unpinning_one_message_leave_board_and_Discord_agreeing()
    {
        // Arrange
        _bot.Api.PinDelay = TimeSpan.FromMilliseconds(5);
        var disagreements = new List<string>();

        for (var round = 0; round < 20; round++)
        {
            var (messageId, pin) = await _bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
            var unpin = pin.Replace("\"pin:", "\"unpin:", StringComparison.Ordinal);

            // Act: half Pin, half Unpin, all at once, each a click of its own.
            var clicks = Enumerable.Range(0, Moderators).Select(i => Interactions.WithNewToken(i % 2 == 0 ? pin : unpin)).ToList();
            await Task.WhenAll(clicks.Select(_bot.ClickAndWaitAsync));

            // Assert (collected): the board records what Discord last confirmed, and the message's last edit shows it.
            var onBoard = (await _bot.PinsForAsync(messageId)).Count == 1;
            if (onBoard != _bot.Api.IsPinned(Interactions.ChannelId, messageId))
            {
                disagreements.Add($"{messageId}: board {onBoard}, Discord {!onBoard}");
            }

            var tokens = clicks.Select(Interactions.TokenOf).ToHashSet();
            var lastEdit = _bot.Api.Requests.Last(r => r.Method == HttpMethod.Patch && tokens.Any(t => r.Path.Contains(t, StringComparison.Ordinal)));
            var shown = Interactions.Json(lastEdit.Body).GetProperty("components")[0].GetProperty("components")[0].GetProperty("label").GetString();
            if (shown != (onBoard ? "Unpin" : "Pin"))
            {
                disagreements.Add($"{messageId}: board {onBoard}, last edit shows '{shown}'");
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public async Task A_pin_Discord_made_but_whose_answer_was_lost_is_recorded_and_shown_as_pinned()
    {
        // Arrange
        var (messageId, click) = await _bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        _bot.Api.LoseAnswerAfterActing(messageId);

        // Act
        var (_, completion) = await _bot.ClickAndWaitAsync(click);

        // Assert: one PUT (no blind retry), then a look at the message, then the update.
        Assert.Single(_bot.Api.To($"/pins/{messageId}"));
        Assert.Single(_bot.Api.To($"/messages/{messageId}"));
        Assert.Equal(HttpMethod.Patch, completion.Method);
        Assert.Single(await _bot.PinsForAsync(messageId));
        Assert.True(_bot.Api.IsPinned(Interactions.ChannelId, messageId));
    }

    [Fact]
    public async Task An_ask_is_answered_within_3_seconds_while_8_pins_wait_on_a_slow_Discord()
    {
        // Arrange
        var release = new TaskCompletionSource();
        var clicks = new List<Task>();
        try
        {
            for (var i = 0; i < 8; i++)
            {
                var (messageId, click) = await _bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
                _bot.Api.Hold($"/pins/{messageId}", release.Task);
                clicks.Add(_bot.ClickAndWaitAsync(click));
            }

            // Act
            var clock = Stopwatch.StartNew();
            var answer = await _bot.AskAsync("why did trump threaten tariffs?");
            clock.Stop();

            // Assert
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"The answer took {clock.Elapsed.TotalSeconds:0.0} s.");
            Assert.Contains("tariff", answer.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            release.TrySetResult();
            await Task.WhenAll(clicks);
        }
    }
}
