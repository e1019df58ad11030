using System.Text.Json;
using Bot.Discord.Api;
using Bot.Discord.Commands;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Tests;

public sealed class DiscordCommandRegistrarTests
{
    [Theory]
    [InlineData(null, "/api/v10/applications/111111111111111111/commands")]
    [InlineData("222", "/api/v10/applications/111111111111111111/guilds/222/commands")]
    public async Task RunAsync_ValidConfiguration_BulkOverwritesAndPrintsCommands(string? guildId, string expectedPath)
    {
        // Arrange
        var api = new FakeDiscordApi();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = TestKeys.PublicKeyHex,
            ["Discord:ApplicationId"] = DiscordBotFactory.ApplicationId,
            ["Discord:BotToken"] = "test-bot-token",
        }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();

        // Act
        var code = await DiscordCommandRegistrar.RunAsync(configuration, guildId, output, error, CancellationToken.None,
            services => services.AddHttpClient<DiscordApiClient>().ConfigurePrimaryHttpMessageHandler(() => api));

        // Assert
        Assert.Equal(0, code);
        var put = Assert.Single(api.Requests);
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal(expectedPath, put.Path);
        var names = JsonDocument.Parse(put.Body).RootElement.EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["ask", "quotes", "pinned", "Find in article"], names);
        Assert.Contains("Find in article", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingToken_FailsNamingTheKey()
    {
        // Arrange
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = TestKeys.PublicKeyHex,
            ["Discord:ApplicationId"] = DiscordBotFactory.ApplicationId,
        }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();

        // Act
        var code = await DiscordCommandRegistrar.RunAsync(configuration, null, output, error, CancellationToken.None);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("Discord:BotToken", error.ToString(), StringComparison.Ordinal);
    }
}
