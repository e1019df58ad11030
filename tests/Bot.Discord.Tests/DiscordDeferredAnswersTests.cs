using Bot.Core.Articles;
using Bot.Discord.Api;
using Bot.Discord.Dtos;
using Bot.Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
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
        using var deferred = new DiscordDeferredAnswers(provider.GetRequiredService<IServiceScopeFactory>(), Substitute.For<IArticleLibraryProvider>(), Options.Create(new DiscordOptions { ApplicationId = "1" }), NullLogger<DiscordDeferredAnswers>.Instance);
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

    [Fact]
    public async Task Enqueue_AfterStop_ReportsFailureAndDeferRepliesAtOnceThatTheBotIsRestarting()
    {
        // Arrange: the articles are still loading, so nothing can be answered now.
        var api = new FakeDiscordApi();
        using var provider = new ServiceCollection()
            .AddSingleton(new DiscordApiClient(new HttpClient(api) { BaseAddress = new Uri("https://discord.test/api/v10/") }))
            .BuildServiceProvider();
        var libraries = Substitute.For<IArticleLibraryProvider>();
        libraries.GetAsync(Arg.Any<CancellationToken>()).Returns(new TaskCompletionSource<ArticleLibrary>().Task);
        using var deferred = new DiscordDeferredAnswers(provider.GetRequiredService<IServiceScopeFactory>(), libraries, Options.Create(new DiscordOptions { ApplicationId = "1" }), NullLogger<DiscordDeferredAnswers>.Instance);
        await deferred.StartAsync(CancellationToken.None);
        await deferred.StopAsync(CancellationToken.None);
        var interaction = new DiscordInteraction("1", "2", DiscordInteractionType.ApplicationCommand, "token");
        Func<object, CancellationToken, Task<DiscordInteractionResponse>> work = (_, _) => Task.FromResult(DiscordResponses.Message(new DiscordMessageData("done")));

        // Act
        var queued = deferred.Enqueue("2", "token", DiscordCallbackType.DeferredChannelMessage, (_, _) => Task.FromResult(DiscordResponses.Message(new DiscordMessageData("done"))));
        var deferredReply = deferred.Defer(interaction, DiscordResponses.DeferredUpdate, work);
        var loadingReply = await deferred.RunOrDeferAsync(new object(), interaction, DiscordResponses.Deferred(ephemeral: false), work, CancellationToken.None);

        // Assert
        Assert.False(queued);
        Assert.All([deferredReply, loadingReply], reply =>
        {
            Assert.Equal(DiscordCallbackType.ChannelMessage, reply.Type);
            var data = Assert.IsType<DiscordMessageData>(reply.Data);
            Assert.Equal(DiscordMessageFlags.Ephemeral, data.Flags);
            Assert.Equal("I'm restarting — please try again in a moment.", data.Content);
        });
        Assert.Empty(api.Requests);
    }
}
