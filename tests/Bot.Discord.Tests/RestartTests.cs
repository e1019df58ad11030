using System.Net;
using Bot.Core.Pins;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Discord.Tests;

/// <summary>
/// Acknowledged clicks survive a crash: a host is torn down with a Pin click in flight (a 1-second shutdown timeout
/// cuts the drain short, so the work is cancelled as a kill would leave it), and a new host on the same database file
/// finishes it.
/// </summary>
public sealed class RestartTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_pin_click_acknowledged_before_a_crash_is_pinned_recorded_and_answered_by_the_next_start()
    {
        // Arrange: the first host acknowledges the click while Discord hangs, then goes down.
        string messageId, click;
        using (var first = await Host(shutdownTimeout: TimeSpan.FromSeconds(1)).ReadyAsync())
        {
            (messageId, click) = await first.PinClickAsync(Interactions.Member(Interactions.PinMessages));
            first.Api.PinDelay = TimeSpan.FromMinutes(10);
            using var ack = await first.PostSignedAsync(click);
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            await first.Api.WaitForAsync($"/pins/{messageId}", TimeSpan.FromSeconds(30));
        }

        // Act: a new host on the same database file.
        using var restarted = await Host(shutdownTimeout: null).ReadyAsync();
        var completion = await restarted.Api.WaitForAsync(Interactions.TokenOf(click), TimeSpan.FromSeconds(30));

        // Assert: pinned on Discord, on the board, the moderator answered, nothing left in the journal.
        Assert.Equal(HttpMethod.Patch, completion.Method);
        Assert.True(restarted.Api.IsPinned(Interactions.ChannelId, messageId));
        Assert.Single(await restarted.PinsForAsync(messageId));
        await WaitForEmptyJournalAsync(restarted);
    }

    private DiscordBotFactory Host(TimeSpan? shutdownTimeout)
    {
        var bot = new DiscordBotFactory();
        bot.Settings["Pins:Path"] = Path.Combine(_data.Path, "pins.db");
        if (shutdownTimeout is { } timeout)
        {
            bot.ConfigureServices = s => s.Configure<HostOptions>(o => o.ShutdownTimeout = timeout);
        }

        return bot;
    }

    private static async Task WaitForEmptyJournalAsync(DiscordBotFactory bot)
    {
        var journal = bot.Services.GetRequiredService<IWorkJournal>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await journal.PendingAsync(ChatPlatform.Discord, CancellationToken.None)).Count > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The journal still holds work.");
            await Task.Delay(20);
        }
    }
}
