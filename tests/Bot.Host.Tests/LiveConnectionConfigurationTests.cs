using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests;

/// <summary>Discord's Gateway and Slack's Socket Mode as configuration: what each needs, what the start-up line and readiness say.</summary>
public sealed class LiveConnectionConfigurationTests
{
    private const string DiscordBotToken = "MTIz.gateway-token-never-logged";
    private const string SlackAppToken = "xapp-1-app-token-never-logged";
    private const string SlackBotToken = "xoxb-socket-mode-token-never-logged";

    /// <summary>Nothing listens here: connecting fails at once, as with no network.</summary>
    private const string Unreachable = "http://127.0.0.1:9/api/";

    [Fact]
    public void I_cannot_start_the_Gateway_without_the_bot_token_and_application_id_but_need_no_public_key()
    {
        // Act
        using var bot = new TestBot(new() { ["Discord:Gateway"] = "true" });
        var e = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        // Assert
        Assert.Contains("Discord:ApplicationId is missing: Discord:Gateway is set", e.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:BotToken is missing", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Discord:PublicKey is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void I_cannot_start_Socket_Mode_without_the_bot_token_but_need_no_signing_secret()
    {
        // Act
        using var bot = new TestBot(new() { ["Slack:AppToken"] = SlackAppToken });
        var e = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        // Assert
        Assert.Contains("Slack:BotToken is missing", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Slack:SigningSecret is missing", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackAppToken, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task I_see_which_connections_are_on_and_the_bot_is_not_ready_while_they_are_down()
    {
        // Arrange: both live connections on, both platforms unreachable, no HTTP endpoint settings.
        var capture = new LogCapture();
        var settings = new Dictionary<string, string>
        {
            ["Discord:Gateway"] = "true",
            ["Discord:ApplicationId"] = "123456789012345678",
            ["Discord:BotToken"] = DiscordBotToken,
            ["Discord:ApiBaseUrl"] = Unreachable,
            ["Slack:AppToken"] = SlackAppToken,
            ["Slack:BotToken"] = SlackBotToken,
            ["Slack:ApiBaseUrl"] = Unreachable,
            ["Logging:LogLevel:Default"] = "Trace",
        };
        using var bot = new TestBot(settings, b => b.ConfigureLogging(l => l.AddProvider(capture).SetMinimumLevel(LogLevel.Trace)));
        var client = bot.CreateClient();

        // Act
        var ready = await WaitForIndexThenReadyzAsync(client);
        using var discord = await client.PostAsync(new Uri("/discord/interactions", UriKind.Relative), new StringContent("{}"));
        using var slack = await client.PostAsync(new Uri("/slack/commands", UriKind.Relative), new StringContent("text=x"));

        // Assert
        var logs = string.Join('\n', capture.Lines);
        Assert.Contains("Enabled: http ask, metrics; discord: on (gateway); slack: on (socket mode)", logs, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("connecting: discord gateway, slack socket mode", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, discord.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, slack.StatusCode);
        Assert.All([DiscordBotToken, SlackAppToken, SlackBotToken], secret => Assert.DoesNotContain(secret, logs, StringComparison.Ordinal));
    }

    /// <summary>/readyz once the index has loaded: "loading" first, then what the live connections say.</summary>
    private static async Task<HttpResponseMessage> WaitForIndexThenReadyzAsync(HttpClient client)
    {
        for (var i = 0; i < 600; i++)
        {
            var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            if (await response.Content.ReadAsStringAsync() != "loading")
            {
                return response;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The index did not load in 30 s.");
        return null!;
    }
}
