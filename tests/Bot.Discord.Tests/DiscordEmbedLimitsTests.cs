using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Discord.Dtos;
using Bot.Discord.Rendering;

namespace Bot.Discord.Tests;

public sealed class DiscordEmbedLimitsTests
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("one two three four", 10, "one two t…")]
    [InlineData("abc\\*def", 5, "abc…")]
    public void Shorten_Text_CutsWithEllipsis(string input, int max, string expected)
    {
        // Act
        var shortened = DiscordEmbedLimits.Shorten(input, max);

        // Assert
        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= max);
    }

    [Fact]
    public void Enforce_OversizedEmbed_ShortensEveryPartAndTheTotal()
    {
        // Arrange
        var big = new string('x', 5000);
        var embed = new DiscordEmbed(
            Title: big,
            Description: big,
            Author: new DiscordEmbedAuthor(big),
            Footer: new DiscordEmbedFooter(big),
            Fields: Enumerable.Range(0, 30).Select(_ => new DiscordEmbedField(big, big)).ToList());

        // Act
        var enforced = DiscordEmbedLimits.Enforce(embed);

        // Assert
        Assert.True(enforced.Title!.Length <= DiscordEmbedLimits.Title);
        Assert.True(enforced.Description!.Length <= DiscordEmbedLimits.Description);
        Assert.EndsWith("…", enforced.Description, StringComparison.Ordinal);
        Assert.True(enforced.Fields!.Count <= DiscordEmbedLimits.FieldCount);
        Assert.All(enforced.Fields, f => Assert.True(f.Value.Length <= DiscordEmbedLimits.FieldValue));
        Assert.True(DiscordEmbedLimits.Length(enforced) <= DiscordEmbedLimits.Total);
    }

    [Fact]
    public void Render_HugeQuote_StaysWithinDiscordLimits()
    {
        // Arrange
        var quote = string.Concat(Enumerable.Repeat("A *long* sentence about tariffs. ", 400));
        var answer = new Answer(
            new Question("why?", "discord"), AnswerOutcome.Answered, quote, "A *long* sentence about tariffs.",
            new Speaker("Jane Doe", "a minister"), "told reporters", new ArticleSource("Example News", new DateOnly(2025, 2, 4), null, "https://example.org/a"),
            "a1", 3, 0.9, [], null);

        // Act
        var message = DiscordAnswerRenderer.Render(answer, "0123456789abcdef");

        // Assert
        var embed = Assert.Single(message.Embeds!);
        Assert.True(embed.Description!.Length <= DiscordEmbedLimits.Description);
        Assert.EndsWith("…”", embed.Description, StringComparison.Ordinal);
        Assert.True(DiscordEmbedLimits.Length(embed) <= DiscordEmbedLimits.Total);
        Assert.Equal("told reporters · Example News · 4 Feb 2025 · ¶3", embed.Footer!.Text);
        Assert.Equal("Jane Doe, a minister", embed.Author!.Name);
        Assert.Empty(message.AllowedMentions.Parse);
    }

    [Theory]
    [InlineData(null, "Example News")]
    [InlineData("a minister", "Jane Doe, a minister")]
    public void Who_SpeakerOrNarration_NamesTheAuthor(string? role, string expected)
    {
        // Arrange
        var speaker = role is null ? null : new Speaker("Jane Doe", role);

        // Act
        var who = DiscordAnswerRenderer.Who(speaker, "Example News");

        // Assert
        Assert.Equal(expected, who);
    }
}
