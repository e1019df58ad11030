using System.Net;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Tests;

public sealed class DiscordStartupTests
{
    [Fact]
    public async Task Without_a_public_key_the_discord_endpoint_is_not_mapped()
    {
        // Arrange
        using var factory = new DiscordBotFactory();
        foreach (var key in new[] { "Discord:PublicKey", "Discord:ApplicationId", "Discord:BotToken", "Discord:ModeratorRoleIds:0" })
        {
            factory.Settings[key] = "";
        }

        // Act
        using var response = await factory.PostSignedAsync(Interactions.Ping());

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void A_half_filled_discord_section_stops_startup_naming_the_missing_key()
    {
        // Arrange
        using var factory = new DiscordBotFactory();
        factory.Settings["Discord:BotToken"] = "";

        // Act
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        // Assert: the host's section check and the adapter's own options both name the key
        Assert.True(error is OptionsValidationException or AggregateException, error.GetType().Name);
        Assert.Contains("Discord:BotToken", error.Message, StringComparison.Ordinal);
    }
}
