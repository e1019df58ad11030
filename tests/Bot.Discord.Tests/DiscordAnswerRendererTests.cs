using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Discord.Rendering;

namespace Bot.Discord.Tests;

/// <summary>How an answer reads in an embed: quote marks only around a speaker's own words.</summary>
public sealed class DiscordAnswerRendererTests
{
    private static Answer Answered(Speaker? speaker, bool verbatim) => new Answer(
        new Question("what did roe say?"), AnswerOutcome.Answered, "Roe said rents would rise.", null, speaker, "said",
        new ArticleSource("Daily Planet", new DateOnly(2025, 2, 4), null, null), "a", 7, 0.9, [], null)
    {
        Verbatim = verbatim,
    };

    [Fact]
    public void AnswerEmbed_Quote_IsInQuoteMarksUnderTheSpeaker()
    {
        // Act
        var embed = DiscordAnswerRenderer.AnswerEmbed(Answered(new Speaker("Jane Roe", "a researcher"), verbatim: true));

        // Assert
        Assert.Equal("“Roe said rents would rise.”", embed.Description);
        Assert.Equal("Jane Roe, a researcher", embed.Author?.Name);
    }

    [Fact]
    public void AnswerEmbed_Paraphrase_HasNoQuoteMarksAndSaysAccordingTo()
    {
        // Act
        var embed = DiscordAnswerRenderer.AnswerEmbed(Answered(new Speaker("Jane Roe", "a researcher"), verbatim: false));

        // Assert
        Assert.Equal("Roe said rents would rise.", embed.Description);
        Assert.Equal("According to Jane Roe, a researcher", embed.Author?.Name);
    }

    [Theory]
    [InlineData(true, "“Roe said rents would rise.”", "A 25-year-old woman")]
    [InlineData(false, "Roe said rents would rise.", "According to a 25-year-old woman")]
    public void AnswerEmbed_UnnamedSpeaker_IsCreditedNotTheOutlet(bool verbatim, string description, string author)
    {
        // Act
        var embed = DiscordAnswerRenderer.AnswerEmbed(Answered(null, verbatim) with { UnnamedSpeaker = "a 25-year-old woman" });

        // Assert
        Assert.Equal(description, embed.Description);
        Assert.Equal(author, embed.Author?.Name);
    }

    [Fact]
    public void AnswerEmbed_NamedSpeaker_IsWrittenAsTheArticleWritesThem()
    {
        // Act
        var embed = DiscordAnswerRenderer.AnswerEmbed(Answered(new Speaker("de Klerk", null), verbatim: true));

        // Assert: only an unnamed speaker's description gains a capital.
        Assert.Equal("de Klerk", embed.Author?.Name);
    }
}
