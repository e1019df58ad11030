using System.Globalization;
using System.Net;

namespace Bot.Discord.Tests;

/// <summary>A signed request works once: a replay inside the window is refused, and an interaction id is answered once.</summary>
[Collection(DiscordHostCollection.Name)]
public sealed class ReplayTests(DiscordHostFixture host)
{
    private DiscordBotFactory Bot => host.Factory;

    [Fact]
    public async Task A_correctly_signed_request_replayed_within_the_window_is_refused()
    {
        // Arrange
        var ask = Interactions.Ask("why did trump threaten tariffs?");
        var now = TestKeys.Now();

        // Act
        using var first = await Bot.PostAsync(ask, now, sign: true);
        using var replay = await Bot.PostAsync(ask, now, sign: true);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task The_same_pin_click_signed_again_is_answered_once_and_pins_once()
    {
        // Arrange
        var (messageId, click) = await Bot.PinClickAsync(Interactions.Member(Interactions.PinMessages));
        var later = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1).ToString(CultureInfo.InvariantCulture);

        // Act
        await Bot.ClickAndWaitAsync(click);
        using var again = await Bot.PostAsync(click, later, sign: true);

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(Bot.Api.To($"/pins/{messageId}"));
    }
}
