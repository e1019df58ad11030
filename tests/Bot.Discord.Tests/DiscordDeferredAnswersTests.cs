using Bot.Core.Articles;
using Bot.Discord.Api;
using Bot.Discord.Dtos;
using Bot.Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace Bot.Discord.Tests;

public sealed class DiscordDeferredAnswersTests
{
    [Fact]
    public async Task StopAsync_ItemsStillQueued_AreSentBeforeItReturns()
    {
        // Arrange
        const int count = 20;
        var api = new FakeDiscordApi();
        using var provider = new ServiceCollection()
            .AddSingleton(new DiscordApiClient(new HttpClient(api) { BaseAddress = new Uri("https://discord.test/api/v10/") }))
            .BuildServiceProvider();
        using var deferred = new DiscordDeferredAnswers(provider.GetRequiredService<IServiceScopeFactory>(), Substitute.For<IArticleLibraryProvider>(), NullLogger<DiscordDeferredAnswers>.Instance);
        await deferred.StartAsync(CancellationToken.None);
        for (var i = 0; i < count; i++)
        {
            deferred.Enqueue("1", "token-" + i, DiscordCallbackType.DeferredChannelMessage, async (_, ct) =>
            {
                await Task.Delay(200, ct);
                return DiscordResponses.Message(new DiscordMessageData("done"));
            });
        }

        // Act
        using var shutdown = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await deferred.StopAsync(shutdown.Token);

        // Assert
        Assert.Equal(count, api.To("/messages/@original").Count);
    }
}
