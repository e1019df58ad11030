using Bot.Core.Answering;
using Bot.Core.Articles;

namespace Bot.Core.Tests.Answering;

public sealed class AttributionLineTests
{
    private static Answer Answered(Speaker? speaker, string? how) => new(
        new Question("q"), AnswerOutcome.Answered, "quote", "quote", speaker, how,
        new ArticleSource("Daily Planet", new DateOnly(2025, 2, 4), null, null), "a", 29, 1, [], null);

    [Fact]
    public void For_Quote_NamesSpeakerRoleHowOutletDateAndParagraph()
    {
        // Act
        var line = AttributionLine.For(Answered(new Speaker("Jane Roe", "a researcher"), "told Daily Planet"));

        // Assert
        Assert.Equal("Jane Roe, a researcher, told Daily Planet · Daily Planet · 4 Feb 2025 · ¶29", line);
    }

    [Fact]
    public void For_Narration_CreditsTheOutlet()
    {
        // Act
        var line = AttributionLine.For(Answered(null, null));

        // Assert
        Assert.Equal("Daily Planet · 4 Feb 2025 · ¶29", line);
    }

    [Fact]
    public void For_Paraphrase_SaysAccordingToTheSource()
    {
        // Act
        var line = AttributionLine.For(Answered(new Speaker("Jane Roe", "a researcher"), "said") with { Verbatim = false });

        // Assert
        Assert.Equal("according to Jane Roe, a researcher · Daily Planet · 4 Feb 2025 · ¶29", line);
    }

    [Fact]
    public void For_UnnamedSpeaker_SaysHowTheArticleDescribesThem()
    {
        // Act
        var line = AttributionLine.For(Answered(null, "said") with { UnnamedSpeaker = "a 25-year-old woman" });

        // Assert
        Assert.Equal("a 25-year-old woman said · Daily Planet · 4 Feb 2025 · ¶29", line);
    }

    [Fact]
    public void For_UnnamedSourceParaphrased_SaysAccordingToTheDescription()
    {
        // Act
        var line = AttributionLine.For(Answered(null, "said") with { UnnamedSpeaker = "a minister for the state of Freeland", Verbatim = false });

        // Assert
        Assert.Equal("according to a minister for the state of Freeland · Daily Planet · 4 Feb 2025 · ¶29", line);
    }
}
