using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Pins;

namespace Bot.Store.Tests;

public abstract class PinboardContractTests(StoreBench bench) : IDisposable
{
    private const string Schools =
        """
        Published On 4 Feb 2025
        The council met on Tuesday to discuss the flood damage.
        "We will rebuild every school before winter comes," Maria Lopez, the mayor, said.
        Source: Example News
        """;

    private static readonly CancellationToken s_ct = CancellationToken.None;
    public void Dispose() => bench.Dispose();

    [SkippableFact]
    public async Task ListByChannelAsync_ArticleUnchanged_MarksCurrent()
    {
        // Arrange
        var (board, _) = await PinQuoteAsync(Library(("schools", Schools)));

        // Act
        var page = await board.ListByChannelAsync(ChatPlatform.Discord, "c1", null, 10, s_ct);

        // Assert
        var pin = Assert.Single(page.Items);
        Assert.Equal(PinFreshness.Current, pin.Freshness);
        Assert.False(pin.IsStale);
    }

    [SkippableFact]
    public async Task ListByChannelAsync_QuoteRemovedFromArticle_MarksStaleInsteadOfDropping()
    {
        // Arrange
        var (_, store) = await PinQuoteAsync(Library(("schools", Schools)));
        var edited = Schools.Replace("every school before winter comes", "some schools next year", StringComparison.Ordinal);
        var board = new Pinboard(store, Library(("schools", edited)));

        // Act
        var page = await board.ListByChannelAsync(ChatPlatform.Discord, "c1", null, 10, s_ct);

        // Assert
        var pin = Assert.Single(page.Items);
        Assert.Equal(PinFreshness.QuoteGone, pin.Freshness);
        Assert.True(pin.IsStale);
    }

    [SkippableFact]
    public async Task ListBySpeakerAsync_ArticleRemovedFromSeeds_MarksStale()
    {
        // Arrange
        var (_, store) = await PinQuoteAsync(Library(("schools", Schools)));
        var board = new Pinboard(store, Library(("other", "Something else happened today in the city.")));

        // Act
        var page = await board.ListBySpeakerAsync("Maria Lopez", null, 10, s_ct);

        // Assert
        var pin = Assert.Single(page.Items);
        Assert.Equal(PinFreshness.ArticleGone, pin.Freshness);
        Assert.True(pin.IsStale);
    }

    [SkippableFact]
    public async Task ListByWorkspaceAsync_LineAddedAboveQuote_MarksEditedNotStale()
    {
        // Arrange
        var (_, store) = await PinQuoteAsync(Library(("schools", Schools)));
        var edited = Schools.Replace("The council met", "Rain fell for a week.\nThe council met", StringComparison.Ordinal);
        var board = new Pinboard(store, Library(("schools", edited)));

        // Act
        var page = await board.ListByWorkspaceAsync(ChatPlatform.Discord, "g1", null, 10, s_ct);

        // Assert
        var pin = Assert.Single(page.Items);
        Assert.Equal(PinFreshness.ArticleEdited, pin.Freshness);
        Assert.False(pin.IsStale);
    }

    [SkippableFact]
    public void CreateRequest_AnsweredQuestion_CarriesQuoteSpeakerAndFingerprint()
    {
        // Arrange
        var library = Library(("schools", Schools));
        var board = new Pinboard(bench.Open(), library);
        var paragraph = library.Find("schools", 3)!;

        // Act
        var request = board.CreateRequest(
            AnswerFor(paragraph), new PinKey(ChatPlatform.Slack, "C1", "1.2"), "T1", new PinActor("U1", "Ana"), PinRequests.Start);

        // Assert
        Assert.Equal(paragraph.Text, request.Quote);
        Assert.Equal(new Speaker("Maria Lopez", "the mayor"), request.Speaker);
        Assert.Equal(3, request.Paragraph);
        Assert.Equal("What did the mayor promise?", request.Question);
        Assert.Equal(library.Find("schools")!.Fingerprint, request.ArticleFingerprint);
    }

    [SkippableFact]
    public void CreateRequest_NotAnswered_Throws()
    {
        // Arrange
        var board = new Pinboard(bench.Open(), Library(("schools", Schools)));
        var answer = AnswerFor(null);

        // Act
        var act = () => board.CreateRequest(answer, new PinKey(ChatPlatform.Discord, "c", "m"), "g", new PinActor("u", "U"), PinRequests.Start);

        // Assert
        Assert.Throws<ArgumentException>(act);
    }

    internal static ArticleLibrary Library(params (string Id, string Text)[] articles) =>
        new(articles.Select(a => ArticleParser.Parse(a.Id, a.Text)).ToList());

    private static Answer AnswerFor(Paragraph? paragraph) => new(
        new Question("What did the mayor promise?"),
        paragraph is null ? AnswerOutcome.NotFound : AnswerOutcome.Answered,
        paragraph?.Text,
        paragraph?.Text,
        paragraph?.Speaker,
        "said",
        null,
        paragraph?.ArticleId,
        paragraph?.Number,
        paragraph is null ? 0 : 0.9,
        [],
        paragraph is null ? Answer.NotFoundMessage : null);

    /// <summary>Pins the schools article's quote in Discord channel c1, guild g1, through a board over the library.</summary>
    private async Task<(Pinboard Board, IPinnedAnswers Store)> PinQuoteAsync(ArticleLibrary library)
    {
        var store = bench.Open();
        var board = new Pinboard(store, library);
        var paragraph = library.Find("schools", 3)!;
        Assert.Equal(ParagraphKind.Quote, paragraph.Kind);
        var request = board.CreateRequest(
            AnswerFor(paragraph), new PinKey(ChatPlatform.Discord, "c1", "m1"), "g1", new PinActor("u1", "Ana"), PinRequests.Start);
        Assert.Equal(PinOutcome.Pinned, (await board.PinAsync(request, s_ct)).Outcome);
        return (board, store);
    }
}

public sealed class SqlitePinboardTests() : PinboardContractTests(new SqliteBench());

public sealed class PostgresPinboardTests() : PinboardContractTests(new PostgresBench());
