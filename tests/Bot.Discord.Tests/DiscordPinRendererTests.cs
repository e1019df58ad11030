using Bot.Core.Articles;
using Bot.Core.Pins;
using Bot.Discord.Rendering;

namespace Bot.Discord.Tests;

/// <summary>The channel's pinboard reads each pin as its answer read: quote marks only around a speaker's own words.</summary>
public sealed class DiscordPinRendererTests
{
    private static BoardPin Pinned(Speaker? speaker, Attribution attribution) => new(
        new PinnedAnswer(1, new PinRequest(
            new PinKey(ChatPlatform.Discord, "c1", "m1"), "g1", new PinActor("u1", "Ana"), new DateTimeOffset(2025, 2, 4, 10, 0, 0, TimeSpan.Zero),
            "what did ruiz say?", "Ruiz said the blaze started in a kitchen.", speaker, "fire", 2, "f"), null, null),
        PinFreshness.Current)
    {
        Attribution = attribution,
    };

    [Theory]
    [InlineData(true, "📌 Dana Ruiz, fire chief", "“Ruiz said the blaze started in a kitchen.”")]
    [InlineData(false, "📌 According to Dana Ruiz, fire chief", "Ruiz said the blaze started in a kitchen.")]
    public void Board_NamedSpeaker_QuoteOrParaphraseAsTheAnswerRead(bool verbatim, string who, string quote)
    {
        // Arrange
        var speaker = new Speaker("Dana Ruiz", "fire chief");
        var attribution = verbatim ? new Attribution(speaker, "said", "…") : Attribution.Paraphrase(speaker, "told the Daily Planet");

        // Act
        var field = Assert.Single(DiscordPinRenderer.Board([Pinned(speaker, attribution)]).Embeds![0].Fields!);

        // Assert
        Assert.StartsWith(who + " · ¶2", field.Name, StringComparison.Ordinal);
        Assert.EndsWith("\n" + quote, field.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Board_UnnamedSpeaker_IsNamedAsDescribedNotAsTheArticle()
    {
        // Act
        var field = Assert.Single(DiscordPinRenderer.Board([Pinned(null, new Attribution(null, "said", "…") { UnnamedSpeaker = "a 30-year-old woman" })]).Embeds![0].Fields!);

        // Assert
        Assert.StartsWith("📌 A 30-year-old woman · ¶2", field.Name, StringComparison.Ordinal);
    }
}
