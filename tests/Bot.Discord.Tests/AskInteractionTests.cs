using System.Text.Json.Nodes;

namespace Bot.Discord.Tests;

/// <summary>/ask and "Find in article" end to end.</summary>
[Collection(DiscordHostCollection.Name)]
public sealed class AskInteractionTests(DiscordHostFixture host)
{
    private DiscordBotFactory Bot => host.Factory;

    [Fact]
    public async Task Ask_replies_with_the_quote_its_speaker_and_the_citation_in_an_embed()
    {
        // Act
        var reply = await Bot.AskAsync("what did the press secretary say?");

        // Assert
        Assert.Equal(4, reply.GetProperty("type").GetInt32());
        var data = reply.GetProperty("data");
        Assert.Empty(data.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.False(data.TryGetProperty("flags", out _));
        var embed = data.GetProperty("embeds")[0];
        Assert.Equal("Karoline Leavitt, White House Press Secretary", embed.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("said in a statement · Al Jazeera · 4 Feb 2025 · ¶11", embed.GetProperty("footer").GetProperty("text").GetString());
        var description = embed.GetProperty("description").GetString()!;
        Assert.Contains("**\"Today's events make clear to the world that America is respected again,\" White House Press Secretary Karoline Leavitt said in a statement.**", description, StringComparison.Ordinal);
        Assert.StartsWith("“The Trump administration declared it a diplomatic victory.", description, StringComparison.Ordinal);
        var buttons = data.GetProperty("components")[0].GetProperty("components");
        Assert.Equal("Pin", buttons[0].GetProperty("label").GetString());
        Assert.Equal("📌", buttons[0].GetProperty("emoji").GetProperty("name").GetString());
        Assert.StartsWith("pin:", buttons[0].GetProperty("custom_id").GetString(), StringComparison.Ordinal);
        Assert.Equal("Show context", buttons[1].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Ask_for_something_the_articles_do_not_cover_says_so_and_offers_the_closest_two()
    {
        // Act
        var reply = await Bot.AskAsync("what is the recipe for banana bread with walnuts?");

        // Assert
        var embed = reply.GetProperty("data").GetProperty("embeds")[0];
        Assert.StartsWith("No passage in the articles answers that.", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.False(reply.GetProperty("data").TryGetProperty("components", out _));
        Assert.True(embed.TryGetProperty("fields", out var fields) && fields.GetArrayLength() <= 2);
    }


    [Fact]
    public async Task Find_in_article_answers_privately_from_the_target_messages_text()
    {
        // Arrange
        var resolved = new JsonObject
        {
            ["target_id"] = "999",
            ["resolved"] = new JsonObject
            {
                ["messages"] = new JsonObject
                {
                    ["999"] = new JsonObject { ["id"] = "999", ["channel_id"] = Interactions.ChannelId, ["content"] = "the press secretary said America is respected again" },
                },
            },
        };

        // Act
        using var response = await Bot.PostSignedAsync(Interactions.Command("Find in article", extra: resolved));
        var json = Interactions.Json(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("respected again", json.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
