using Bot.Discord.Dtos;
using Bot.Discord.Gateway;

namespace Bot.Discord.Tests.Gateway;

public sealed class DiscordMentionMapperTests
{
    private const string Bot = "999";

    [Theory]
    [InlineData("<@999> who said it?", "who said it?")]
    [InlineData("<@!999> who said it?", "who said it?")]
    [InlineData("who said   <@999>  it?", "who said it?")]
    [InlineData("<@999>", "")]
    [InlineData("<@123> and <@999> what?", "<@123> and what?")]
    public void StripMention_BotMentioned_LeavesTheQuestion(string content, string expected)
    {
        // Act
        var text = DiscordMentionMapper.StripMention(content, Bot);

        // Assert
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("1", false, true, "g", null, true)]      // a person mentions the bot in a guild
    [InlineData("1", false, false, null, null, true)]    // a DM needs no mention
    [InlineData("1", false, false, "g", null, false)]    // no mention in a guild
    [InlineData("1", true, true, "g", null, false)]      // another bot
    [InlineData(Bot, true, true, "g", null, false)]      // the bot itself
    [InlineData("1", false, true, "g", "w", false)]      // a webhook
    public void FromMessage_WhoAndWhere_DecidesWhetherItIsAQuestion(string author, bool isBot, bool mentions, string? guild, string? webhook, bool expected)
    {
        // Arrange
        var message = new DiscordMessageCreate(
            "m", "c", new DiscordMessageAuthor(author, isBot), "<@999> who said it?", mentions ? [new DiscordMessageAuthor(Bot, true)] : [], guild, webhook);

        // Act
        var question = DiscordMentionMapper.FromMessage(message, Bot);

        // Assert
        Assert.Equal(expected, question is not null);
        if (question is not null)
        {
            Assert.Equal(("who said it?", "discord", author, "c"), (question.Text, question.Platform, question.UserId, question.ChannelId));
        }
    }

    [Fact]
    public void FromMessage_BeforeReady_IsNothing()
    {
        // Arrange
        var message = new DiscordMessageCreate("m", "c", new DiscordMessageAuthor("1"), "hi");

        // Act / Assert: until READY names the bot, nothing can be a mention of it.
        Assert.Null(DiscordMentionMapper.FromMessage(message, botUserId: null));
    }
}
