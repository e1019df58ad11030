using System.Runtime.CompilerServices;
using Bot.Core.Answering;
using Bot.Core.Articles;

namespace Bot.Core.Pins;

/// <summary>
/// The moderators' pinboard, shared by Discord and Slack: pins cited answers through <see cref="IPinnedAnswers"/>
/// and lists them marked stale when the seeds no longer carry the quote.
/// </summary>
/// <param name="store">Where pins are kept.</param>
/// <param name="library">The articles the bot answers from now; staleness is judged against them.</param>
public sealed class Pinboard(IPinnedAnswers store, ArticleLibrary library)
{
    /// <summary>The most pins one page holds.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Builds the request to pin an answered question, with the article's fingerprint as it is now.</summary>
    /// <exception cref="ArgumentException">The answer cites no passage, or an article the library lacks.</exception>
    public PinRequest CreateRequest(Answer answer, PinKey key, string workspaceId, PinActor pinnedBy, DateTimeOffset pinnedAt)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!answer.Answered || answer.Quote is null || answer.ArticleId is null || answer.Paragraph is null)
        {
            throw new ArgumentException("Only an answer that cites a passage can be pinned.", nameof(answer));
        }

        var article = library.Find(answer.ArticleId)
            ?? throw new ArgumentException($"The article '{answer.ArticleId}' is not in the library.", nameof(answer));
        return new PinRequest(
            key, workspaceId, pinnedBy, pinnedAt, answer.Question.Text, answer.Quote, answer.Speaker,
            answer.ArticleId, answer.Paragraph.Value, article.Fingerprint);
    }

    /// <summary>Pins an answer; a second pin of the same message reports <see cref="PinOutcome.AlreadyPinned"/>.</summary>
    public Task<PinResult> PinAsync(PinRequest request, CancellationToken ct) => store.PinAsync(request, ct);

    /// <summary>Unpins a message, keeping the record for the audit trail; null when it had no active pin.</summary>
    public Task<PinnedAnswer?> UnpinAsync(PinKey key, PinActor unpinnedBy, DateTimeOffset unpinnedAt, CancellationToken ct) =>
        store.UnpinAsync(key, unpinnedBy, unpinnedAt, ct);

    /// <summary>A channel's active pins, newest first.</summary>
    public Task<BoardPage> ListByChannelAsync(ChatPlatform platform, string channelId, PinCursor? after, int limit, CancellationToken ct) =>
        ListAsync(PinFilter.ForChannel(platform, channelId), after, limit, ct);

    /// <summary>A guild's or team's active pins, newest first.</summary>
    public Task<BoardPage> ListByWorkspaceAsync(ChatPlatform platform, string workspaceId, PinCursor? after, int limit, CancellationToken ct) =>
        ListAsync(PinFilter.ForWorkspace(platform, workspaceId), after, limit, ct);

    /// <summary>The active pins quoting one person, newest first.</summary>
    public Task<BoardPage> ListBySpeakerAsync(string speakerName, PinCursor? after, int limit, CancellationToken ct) =>
        ListAsync(PinFilter.ForSpeaker(speakerName), after, limit, ct);

    /// <summary>Active pins matching a filter, newest first, each marked current or stale.</summary>
    public async Task<BoardPage> ListAsync(PinFilter filter, PinCursor? after, int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var page = await store.ListAsync(filter, after, Math.Min(limit, MaxPageSize), ct);
        return new BoardPage(page.Items.Select(Check).ToList(), page.Next);
    }

    /// <summary>Every record, unpinned ones included, oldest first, each marked current or stale.</summary>
    public async IAsyncEnumerable<BoardPin> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var pin in store.ExportAsync(ct).WithCancellation(ct))
        {
            yield return Check(pin);
        }
    }

    /// <summary>Checks a pin against the library: is its article there, and does it still contain the quote?</summary>
    public BoardPin Check(PinnedAnswer pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        var freshness = FreshnessOf(pin.Pin);
        return new BoardPin(pin, freshness)
        {
            // The line numbers hold only while the article is unchanged.
            Attribution = freshness == PinFreshness.Current ? library.Find(pin.Pin.ArticleId)?.ParagraphAt(pin.Pin.Paragraph)?.Attribution : null,
        };
    }

    private PinFreshness FreshnessOf(PinRequest pin)
    {
        if (library.Find(pin.ArticleId) is not { } article)
        {
            return PinFreshness.ArticleGone;
        }

        if (string.Equals(article.Fingerprint, pin.ArticleFingerprint, StringComparison.Ordinal))
        {
            return PinFreshness.Current;
        }

        // Look in every paragraph, not only the pinned one: an edit above the quote shifts the line numbers
        // without making the quote any less true.
        return article.Paragraphs.Any(p => p.Text.Contains(pin.Quote, StringComparison.Ordinal))
            ? PinFreshness.ArticleEdited
            : PinFreshness.QuoteGone;
    }
}
