using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Slack.Rendering;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Rendering;

public sealed class SlackAnswerRendererTests
{
    private static readonly ArticleSource s_source = new("The Daily", new DateOnly(2024, 5, 1), "A title", "https://example.com/story");

    private static readonly string s_fingerprint = new('e', 64);

    [Theory]
    [InlineData("The grant came. It was big.", "It was big.", ">The grant came. *It was big.*")]
    [InlineData("A & B <said> it.", "A & B <said> it.", ">A &amp; B &lt;said&gt; it.")]
    [InlineData("Costs < 5 & rising. Then > 6.", "Then > 6.", ">Costs &lt; 5 &amp; rising. *Then &gt; 6.*")]
    [InlineData("No highlight here.", null, ">No highlight here.")]
    public void QuoteText_QuoteAndHighlight_EscapesAndBoldsBestSentence(string quote, string? highlight, string expected)
    {
        // Act
        var text = SlackAnswerRenderer.QuoteText(quote, highlight);

        // Assert
        Assert.Equal(expected, text);
    }

    [Fact]
    public void QuoteText_VeryLongQuote_StaysUnderSectionLimit()
    {
        // Arrange
        var quote = string.Concat(Enumerable.Repeat("Word & <word> ", 800));

        // Act
        var text = SlackAnswerRenderer.QuoteText(quote, null);

        // Assert
        Assert.True(text.Length < SlackMrkdwn.MaxSectionText, $"{text.Length} characters");
        Assert.EndsWith(SlackMrkdwn.Ellipsis, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jane Doe", "a <city> councillor", "told The Daily", "— *Jane Doe*, a &lt;city&gt; councillor, told The Daily · <https://example.com/story|The Daily> · 1 May 2024 · ¶7")]
    [InlineData("Jane Doe", null, null, "— *Jane Doe* · <https://example.com/story|The Daily> · 1 May 2024 · ¶7")]
    [InlineData(null, null, null, "— <https://example.com/story|The Daily> · 1 May 2024 · ¶7")]
    public void AttributionText_SpeakerOrNarration_NamesWhoHowOutletDateAndParagraph(string? name, string? role, string? how, string expected)
    {
        // Arrange
        var answer = Answered("A quote.", name is null ? null : new Speaker(name, role), how);

        // Act
        var text = SlackAnswerRenderer.AttributionText(answer);

        // Assert
        Assert.Equal(expected, text);
    }

    [Fact]
    public void AttributionText_Paraphrase_SaysAccordingTo()
    {
        // Arrange
        var answer = Answered("The grant came from the council.", new Speaker("Jane Doe", "a councillor"), "said") with { Verbatim = false };

        // Act
        var text = SlackAnswerRenderer.AttributionText(answer);

        // Assert
        Assert.Equal("— according to *Jane Doe*, a councillor · <https://example.com/story|The Daily> · 1 May 2024 · ¶7", text);
    }

    [Theory]
    [InlineData(true, "— a 25-year-old woman said · <https://example.com/story|The Daily> · 1 May 2024 · ¶7")]
    [InlineData(false, "— according to a 25-year-old woman · <https://example.com/story|The Daily> · 1 May 2024 · ¶7")]
    public void AttributionText_UnnamedSpeaker_IsCreditedNotTheOutlet(bool verbatim, string expected)
    {
        // Arrange
        var answer = Answered("A quote.", null, "said") with { Verbatim = verbatim, UnnamedSpeaker = "a 25-year-old woman" };

        // Act
        var text = SlackAnswerRenderer.AttributionText(answer);

        // Assert
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Render_Answered_HasQuoteAttributionAndPinAndContextButtons()
    {
        // Arrange
        var answer = Answered("The grant came from the council.", new Speaker("Jane Doe", null), "said");

        // Act
        var message = SlackAnswerRenderer.Render(answer, s_fingerprint);

        // Assert
        var json = BlockText.Of(message.Blocks);
        Assert.Contains("The grant came from the council.", json, StringComparison.Ordinal);
        Assert.Contains("Jane Doe", json, StringComparison.Ordinal);
        Assert.Equal(["pin_answer", "show_context"], ActionIds(message.Blocks));
        Assert.Contains("The grant came from the council.", message.Text, StringComparison.Ordinal);
        Assert.All(message.Blocks, b => Assert.True(Text(b).Length < SlackMrkdwn.MaxSectionText));
    }

    [Fact]
    public void Render_NotPinnable_OffersOnlyContext()
    {
        // Arrange
        var answer = Answered("A quote.", null, null);

        // Act
        var message = SlackAnswerRenderer.Render(answer, articleFingerprint: null);

        // Assert
        Assert.Equal(["show_context"], ActionIds(message.Blocks));
    }

    [Fact]
    public void Render_NotPinnable_ContextValueStillCarriesTheStartOfTheArticleFingerprint()
    {
        // Arrange
        var fingerprint = "0123456789abcdef" + new string('0', 48);

        // Act
        var message = SlackAnswerRenderer.Render(Answered("A quote.", null, null), fingerprint, pinnable: false);

        // Assert
        using var blocks = JsonDocument.Parse(message.Blocks.ToJsonString());
        Assert.Equal(["show_context"], ActionIds(message.Blocks));
        Assert.Equal("0123456789ab", SlackAnswerRef.TryDecode(SlackPayloads.ButtonValue(blocks.RootElement, "show_context"))!.ArticleVersion);
    }

    [Fact]
    public void Render_Answered_PinValueCarriesTheStartOfTheArticleFingerprint()
    {
        // Arrange
        var fingerprint = "0123456789abcdef" + new string('0', 48);

        // Act
        var message = SlackAnswerRenderer.Render(Answered("A quote.", null, null), fingerprint);

        // Assert
        using var blocks = JsonDocument.Parse(message.Blocks.ToJsonString());
        var reference = SlackAnswerRef.TryDecode(SlackPayloads.ButtonValue(blocks.RootElement, "pin_answer"))!;
        Assert.Equal("0123456789ab", reference.ArticleVersion);
        Assert.Equal(("a1", 7), (reference.ArticleId, reference.Paragraph));
    }

    [Theory]
    [InlineData("0123456789ab", true)]
    [InlineData("0123456789AB", true)]
    [InlineData("0123456789ac", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void AnswerRef_IsFrom_MatchesOnlyTheVersionItWasRenderedFrom(string? version, bool expected)
    {
        // Arrange
        var article = new Article("a1", new ArticleMetadata(null, null, null, null, null), [], "0123456789abcdef" + new string('0', 48));
        var reference = new SlackAnswerRef("a1", 7, "q", version);

        // Act
        var isFrom = reference.IsFrom(article);

        // Assert
        Assert.Equal(expected, isFrom);
    }

    [Fact]
    public void Render_NotFound_SaysItOnceAndOffersClosestTwo()
    {
        // Arrange
        var alternatives = new[]
        {
            new AnswerAlternative("First <near> miss.", new Speaker("Jane Doe", null), "a1", 3),
            new AnswerAlternative("Second near miss.", null, "a1", 4),
            new AnswerAlternative("Third near miss.", null, "a1", 5),
        };
        var answer = new Answer(new Question("who won?"), AnswerOutcome.NotFound, null, null, null, null, null, null, null, 0.1, alternatives, Answer.NotFoundMessage);

        // Act
        var message = SlackAnswerRenderer.Render(answer);

        // Assert
        var json = BlockText.Of(message.Blocks);
        Assert.Equal(Answer.NotFoundMessage, message.Blocks[0]!["text"]!["text"]!.GetValue<string>());
        Assert.DoesNotContain("No passage answers", json, StringComparison.Ordinal);
        Assert.Contains("First &lt;near&gt; miss.", json, StringComparison.Ordinal);
        Assert.Contains("Second near miss.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Third near miss.", json, StringComparison.Ordinal);
        Assert.Empty(ActionIds(message.Blocks));
    }

    [Fact]
    public void Render_QuestionWithMentionSyntax_IsEscaped()
    {
        // Arrange
        var answer = Answered("A quote.", null, null) with { Question = new Question("ping <!channel> & <@U1>?") };

        // Act
        var message = SlackAnswerRenderer.Render(answer);

        // Assert
        var json = BlockText.Of(message.Blocks);
        Assert.DoesNotContain("<!channel>", json, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("U0MOD1", "mod", "<@U0MOD1>")]
    [InlineData("W12345", "mod", "<@W12345>")]
    [InlineData("U1> <!channel", "mod <x>", "mod &lt;x&gt;")]
    [InlineData("", "mod", "mod")]
    public void User_SlackIdOrName_MentionsOnlyRealIds(string id, string name, string expected)
    {
        // Act
        var shown = SlackMrkdwn.User(id, name);

        // Assert
        Assert.Equal(expected, shown);
    }

    [Fact]
    public void PinState_PinnedThenUnpinned_SwapsOnlyThePinLineAndButtons()
    {
        // Arrange
        var message = SlackAnswerRenderer.Render(Answered("A quote.", null, null), s_fingerprint);
        var reference = new SlackAnswerRef("a1", 7, "q", "eeeeeeeeeeee");

        // Act
        var pinned = SlackPinState.Pinned(message.Blocks, reference, new Bot.Core.Pins.PinActor("U0MOD1", "mod <x>"));
        var unpinned = SlackPinState.Unpinned(pinned, reference);

        // Assert
        Assert.Contains("📌 Pinned by <@U0MOD1>", BlockText.Of(pinned), StringComparison.Ordinal);
        Assert.Equal(["unpin_answer", "show_context"], ActionIds(pinned));
        Assert.DoesNotContain("Pinned by", BlockText.Of(unpinned), StringComparison.Ordinal);
        Assert.Equal(["pin_answer", "show_context"], ActionIds(unpinned));
        Assert.Equal(message.Blocks.Count, unpinned.Count);
    }

    [Theory]
    [InlineData("""{"a":"a1","p":7,"q":"why?"}""", true)]
    [InlineData("""{"a":"","p":7,"q":"why?"}""", false)]
    [InlineData("""{"a":"a1","p":0}""", false)]
    [InlineData("not json", false)]
    [InlineData("[1,2]", false)]
    public void AnswerRef_TryDecode_AcceptsOnlyOurValues(string value, bool expected)
    {
        // Act
        var reference = SlackAnswerRef.TryDecode(value);

        // Assert
        Assert.Equal(expected, reference is not null);
    }

    [Fact]
    public void AnswerRef_Encode_LongQuestion_FitsAButtonValue()
    {
        // Arrange
        var reference = new SlackAnswerRef("article", 12, new string('"', 500));

        // Act
        var value = reference.Encode();

        // Assert
        Assert.True(value.Length <= 2000, $"{value.Length} characters");
        Assert.Equal(12, SlackAnswerRef.TryDecode(value)!.Paragraph);
    }

    private static Answer Answered(string quote, Speaker? speaker, string? how) =>
        new(new Question("why?", "slack"), AnswerOutcome.Answered, quote, quote, speaker, how, s_source, "a1", 7, 0.9, [], null);

    private static List<string> ActionIds(JsonArray blocks) =>
        blocks.Where(b => (string?)b!["type"] == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .Select(e => (string)e!["action_id"]!)
            .ToList();

    private static string Text(JsonNode? block) => block?["text"]?["text"]?.GetValue<string>() ?? "";
}
