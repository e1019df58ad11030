using System.Net;
using Bot.Core.Articles;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task While_the_articles_load_ask_is_deferred_and_completed_by_editing_the_original_response()
    {
        // Arrange: a library provider that reports "still loading".
        using var factory = new DiscordBotFactory();
        factory.ConfigureServices = services => services.AddSingleton<IArticleLibraryProvider>(new LoadingLibrary());

        // Act
        using var response = await factory.PostSignedAsync(Interactions.Ask("what did the press secretary say?"));
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());
        var edit = await factory.Api.WaitForAsync("/messages/@original", TimeSpan.FromSeconds(60));

        // Assert
        Assert.Equal(5, json.GetProperty("type").GetInt32());
        Assert.Equal(HttpMethod.Patch, edit.Method);
        Assert.StartsWith($"/api/v10/webhooks/{DiscordBotFactory.ApplicationId}/tok-", edit.Path, StringComparison.Ordinal);
        var body = Interactions.Json(edit.Body);
        Assert.Empty(body.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.Equal("Karoline Leavitt, White House Press Secretary", body.GetProperty("embeds")[0].GetProperty("author").GetProperty("name").GetString());
    }

    private sealed class LoadingLibrary : IArticleLibraryProvider
    {
        public Task<ArticleLibrary> GetAsync(CancellationToken cancellationToken = default) =>
            new TaskCompletionSource<ArticleLibrary>().Task.WaitAsync(cancellationToken);
    }
}
