using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests;

/// <summary>Tokens, secrets and signatures never appear in the logs, at any level, through startup and requests.</summary>
public sealed class SecretLoggingTests
{
    private const string DiscordPublicKey = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private const string DiscordBotToken = "MTIz.discord-bot-token-never-logged";
    private const string SlackSigningSecret = "slack-signing-secret-never-logged";
    private const string SlackBotToken = "xoxb-slack-bot-token-never-logged";
    private const string SlackSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string DiscordSignature = "ed25519-signature-never-logged";

    [Fact]
    public async Task I_never_see_a_configured_secret_or_a_request_signature_in_the_logs()
    {
        // Arrange
        var capture = new LogCapture();
        var settings = new Dictionary<string, string>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Discord:PublicKey"] = DiscordPublicKey,
            ["Discord:ApplicationId"] = "123456789012345678",
            ["Discord:BotToken"] = DiscordBotToken,
            ["Slack:SigningSecret"] = SlackSigningSecret,
            ["Slack:BotToken"] = SlackBotToken,
        };
        using var bot = new TestBot(settings, b => b.ConfigureLogging(l => l.AddProvider(capture).SetMinimumLevel(LogLevel.Trace)));
        var client = bot.CreateClient();

        // Act
        await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        await TestBot.AskAsync(client, "why did trump threaten tariffs?");
        await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        using var slack = new HttpRequestMessage(HttpMethod.Post, new Uri("/slack/commands", UriKind.Relative)) { Content = new StringContent("text=tariffs") };
        slack.Headers.Add("X-Slack-Signature", SlackSignature);
        slack.Headers.Add("X-Slack-Request-Timestamp", "1738670400");
        await client.SendAsync(slack);
        using var discord = new HttpRequestMessage(HttpMethod.Post, new Uri("/discord/interactions", UriKind.Relative)) { Content = new StringContent("{\"type\":1}") };
        discord.Headers.Add("X-Signature-Ed25519", DiscordSignature);
        discord.Headers.Add("X-Signature-Timestamp", "1738670400");
        discord.Headers.Add("Authorization", "Bot " + DiscordBotToken);
        await client.SendAsync(discord);

        // Assert
        var logs = string.Join('\n', capture.Lines);
        Assert.Contains("Enabled: http ask, metrics; discord: on; slack: on", logs, StringComparison.Ordinal);
        Assert.Contains("/slack/commands", logs, StringComparison.Ordinal);
        string[] secrets = [DiscordPublicKey, DiscordBotToken, SlackSigningSecret, SlackBotToken, SlackSignature, DiscordSignature];
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, logs, StringComparison.Ordinal));
    }
}
