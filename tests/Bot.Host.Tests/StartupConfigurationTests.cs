using System.Net;

namespace Bot.Host.Tests;

/// <summary>A wrong or half-filled setting stops startup with a message naming the key; a whole one starts.</summary>
public sealed class StartupConfigurationTests
{
    private static Exception StartupFailure(Dictionary<string, string> settings)
    {
        using var bot = new TestBot(settings);
        return Assert.ThrowsAny<Exception>(() => bot.CreateClient());
    }

    [Fact]
    public void I_cannot_start_with_only_the_Discord_public_key()
    {
        // Act
        var e = StartupFailure(new() { ["Discord:PublicKey"] = new string('a', 64) });

        // Assert
        Assert.Contains("Discord:ApplicationId is missing", e.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:BotToken is missing", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 64), e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Discord__ApplicationId", "123456789012345678", "Configuration error: Discord:PublicKey is missing")]
    [InlineData("RateLimit__WindowSeconds", "abc", "Configuration error: RateLimit:WindowSeconds must be a whole number between 1 and 86400.")]
    public async Task The_program_reports_a_wrong_setting_in_one_line_and_exits_with_code_2(string key, string value, string expected)
    {
        // Arrange: the program itself, as an operator starts it, with one wrong setting.
        var environment = new Dictionary<string, string> { [key] = value };
        var program = Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll");

        // Act
        var (code, output) = await ChildProcess.RunAsync(AppContext.BaseDirectory, environment, TimeSpan.FromSeconds(60), program, "serve", "--urls", "http://127.0.0.1:0");

        // Assert: the problem, and no stack trace.
        Assert.Equal(2, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public void I_cannot_start_with_only_the_Slack_signing_secret()
    {
        // Act
        var e = StartupFailure(new() { ["Slack:SigningSecret"] = "slack-signing-secret-value" });

        // Assert
        Assert.Contains("Slack:BotToken is missing", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Slack:SigningSecret is missing", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("slack-signing-secret-value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void I_cannot_start_with_a_rate_limit_of_zero_questions()
    {
        // Act
        var e = StartupFailure(new() { ["RateLimit:QuestionsPerWindow"] = "0" });

        // Assert
        Assert.Contains("RateLimit:QuestionsPerWindow must be between 1 and 10000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task I_can_start_with_a_whole_Slack_section()
    {
        // Arrange
        using var bot = new TestBot(new() { ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "xoxb-1" });

        // Act
        var response = await bot.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
