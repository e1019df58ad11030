using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Articles;
using Bot.Discord.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Tests;

/// <summary>Show context, /quotes and its autocomplete end to end.</summary>
[Collection(DiscordHostCollection.Name)]
public sealed class LibraryInteractionTests(DiscordHostFixture host)
{
    private DiscordBotFactory Bot => host.Factory;

    [Fact]
    public async Task Show_context_replies_privately_with_the_paragraphs_around_the_quote()
    {
        // Arrange
        var contextId = ContextIdOf(await Bot.AskAsync(DiscordBotSteps.PressSecretaryQuestion));

        // Act
        using var response = await Bot.PostSignedAsync(Interactions.Click(contextId, Interactions.NewMessageId(), null, Interactions.Member(Interactions.NoPermissions)));
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());

        // Assert
        var data = json.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        var names = data.GetProperty("embeds")[0].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        Assert.Contains(names, n => n.StartsWith("▶ ¶11 · Karoline Leavitt, White House Press Secretary", StringComparison.Ordinal));
        Assert.True(names.Count >= 3);
    }

    [Fact]
    public async Task The_show_context_button_carries_the_start_of_the_articles_fingerprint_within_100_characters()
    {
        // Arrange
        var library = await Bot.Services.GetRequiredService<IArticleLibraryProvider>().GetAsync();

        // Act
        var contextId = ContextIdOf(await Bot.AskAsync(DiscordBotSteps.PressSecretaryQuestion));

        // Assert
        var id = DiscordCustomId.Parse(contextId)!;
        Assert.Equal(DiscordCustomId.Context, id.Action);
        Assert.Equal(library.Find(id.ArticleId)!.Fingerprint[..12], id.Fingerprint);
        Assert.True(contextId.Length <= 100);
    }

    [Theory]
    [InlineData("000000000000")]
    [InlineData(null)]
    public async Task Show_context_from_an_answer_rendered_against_another_version_of_the_article_says_so_privately(string? fingerprint)
    {
        // Arrange
        var id = DiscordCustomId.Parse(ContextIdOf(await Bot.AskAsync(DiscordBotSteps.PressSecretaryQuestion)))! with { Fingerprint = fingerprint };

        // Act
        using var response = await Bot.PostSignedAsync(Interactions.Click(id.ToString(), Interactions.NewMessageId(), null, Interactions.Member(Interactions.NoPermissions)));
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());

        // Assert
        var data = json.GetProperty("data");
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Equal("The article changed since this answer was posted — ask again to see the current text.", data.GetProperty("content").GetString());
        Assert.False(data.TryGetProperty("embeds", out var embeds) && embeds.GetArrayLength() > 0);
    }

    [Fact]
    public async Task Quotes_autocompletes_people_and_lists_their_quotes_in_order()
    {
        // Arrange
        var focused = new JsonArray(Interactions.Option("person", "guz", focused: true));

        // Act
        using var suggest = await Bot.PostSignedAsync(Interactions.Command("quotes", focused, type: 4));
        using var quotes = await Bot.PostSignedAsync(Interactions.Command("quotes", new JsonArray(Interactions.Option("person", "Sergio Guzmán"))));
        var choices = Interactions.Json(await suggest.Content.ReadAsStringAsync());
        var list = Interactions.Json(await quotes.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(8, choices.GetProperty("type").GetInt32());
        var choice = Assert.Single(choices.GetProperty("data").GetProperty("choices").EnumerateArray());
        Assert.Equal("Sergio Guzmán", choice.GetProperty("value").GetString());
        var embed = list.GetProperty("data").GetProperty("embeds")[0];
        Assert.StartsWith("Sergio Guzmán, a political analyst", embed.GetProperty("author").GetProperty("name").GetString(), StringComparison.Ordinal);
        var description = embed.GetProperty("description").GetString()!;
        Assert.True(description.IndexOf("¶13", StringComparison.Ordinal) < description.IndexOf("¶29", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("the press secretary")]
    [InlineData("karoline levitt")]
    public async Task Quotes_finds_a_person_by_role_or_with_a_typo(string person)
    {
        // Act
        using var response = await Bot.PostSignedAsync(Interactions.Command("quotes", new JsonArray(Interactions.Option("person", person))));
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        var author = json.GetProperty("data").GetProperty("embeds")[0].GetProperty("author").GetProperty("name").GetString();
        Assert.Equal("Karoline Leavitt, White House Press Secretary", author);
    }

    private static string ContextIdOf(JsonElement reply) =>
        reply.GetProperty("data").GetProperty("components")[0].GetProperty("components")[1].GetProperty("custom_id").GetString()!;
}
