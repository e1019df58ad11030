using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Core.Articles;
using Bot.Core.Pins;
using Bot.Core.Telemetry;
using Bot.Slack.Api;
using Bot.Slack.Rendering;
using Bot.Slack.Requests;

namespace Bot.Slack.Handling;

/// <summary>
/// The answer's buttons: moderators pin and unpin (<c>pins.add</c>/<c>pins.remove</c>, recorded in the pinboard
/// (<see cref="IPinnedAnswers"/>), the message updated); anyone can see a passage's context. https://docs.slack.dev/reference/methods/pins.add
/// </summary>
internal sealed class SlackPinHandler(
    SlackModeratorPolicy moderators,
    IArticleLibraryProvider library,
    IPinnedAnswers store,
    SlackApiClient api,
    SlackResponseClient responses,
    PinKeyLocks locks,
    TimeProvider time)
{
    /// <summary>Paragraphs shown on each side of the cited one: the same as Discord's Show context.</summary>
    public const int ContextRadius = 2;

    public async Task PinAsync(SlackBlockAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.MessageTs is not { } ts || action.IsEphemeral)
        {
            await ReplyAsync(action, SlackReplies.CannotPinEphemeral, "failed", ct);
            return;
        }

        if (SlackAnswerRef.TryDecode(action.Value) is not { } reference)
        {
            await ReplyAsync(action, SlackReplies.PassageGone, "failed", ct);
            return;
        }

        if (!await moderators.IsModeratorAsync(action.UserId, ct))
        {
            await ReplyAsync(action, SlackReplies.OnlyModerators, "denied", ct);
            return;
        }

        // The paragraph is looked up by number, so it is the one the message shows only in the article version the
        // button was rendered from.
        var articles = await library.GetAsync(ct);
        if (articles.Find(reference.ArticleId) is not { } article || !reference.IsFrom(article))
        {
            await ReplyAsync(action, SlackReplies.ArticleChanged, "failed", ct);
            return;
        }

        if (article.ParagraphAt(reference.Paragraph) is not { } paragraph)
        {
            await ReplyAsync(action, SlackReplies.PassageGone, "failed", ct);
            return;
        }

        if (action.TeamId.Length == 0)
        {
            // The board keeps the workspace of every pin; without one, pin nothing rather than pin without a record.
            await ReplyAsync(action, SlackReplies.NoWorkspace, "failed", ct);
            return;
        }

        // The passage is read from the library, never from the button: anyone can click, and articles change.
        var request = new PinRequest(
            Key(action, ts), action.TeamId, Actor(action), time.GetUtcNow(), reference.Question,
            paragraph.Text, paragraph.Speaker, article.Id, paragraph.Number, article.Fingerprint);

        // One click at a time per message: Slack and the board then see Pins and Unpins in the same order.
        await using var held = await locks.AcquireAsync(request.Key, ct);
        var pinned = await ConfirmedAsync(() => api.AddPinAsync(action.ChannelId, ts, ct));
        if (!pinned.Ok && pinned.Error != SlackApiError.AlreadyPinned)
        {
            // A failed pins.add stores nothing.
            await ReplyAsync(action, SlackReplies.PinFailed(pinned), "failed", ct);
            return;
        }

        var result = await new Pinboard(store, articles).PinAsync(request, ct);
        Count(result.Outcome == PinOutcome.Pinned && pinned.Ok ? "pinned" : "already_pinned");
        if (action.MessageBlocks is { } blocks)
        {
            var message = new SlackMessage(action.MessageText ?? "", SlackPinState.Pinned(blocks, reference, result.Pin.Pin.PinnedBy));
            await api.UpdateMessageAsync(action.ChannelId, ts, message, ct);
        }
    }

    public async Task UnpinAsync(SlackBlockAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.MessageTs is not { } ts || action.IsEphemeral || SlackAnswerRef.TryDecode(action.Value) is not { } reference)
        {
            return;
        }

        if (!await moderators.IsModeratorAsync(action.UserId, ct))
        {
            await ReplyAsync(action, SlackReplies.OnlyModerators, "denied", ct);
            return;
        }

        await using var held = await locks.AcquireAsync(Key(action, ts), ct);
        var removed = await ConfirmedAsync(() => api.RemovePinAsync(action.ChannelId, ts, ct));
        if (!removed.Ok && removed.Error != SlackApiError.NoPin)
        {
            await ReplyAsync(action, SlackReplies.PinFailed(removed), "failed", ct);
            return;
        }

        await store.UnpinAsync(Key(action, ts), Actor(action), time.GetUtcNow(), ct);
        Count("unpinned");
        if (action.MessageBlocks is { } blocks)
        {
            await api.UpdateMessageAsync(action.ChannelId, ts, new SlackMessage(action.MessageText ?? "", SlackPinState.Unpinned(blocks, reference)), ct);
        }
    }

    /// <summary>The paragraphs around a cited passage, for the clicker only.</summary>
    public async Task ShowContextAsync(SlackBlockAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var articles = await library.GetAsync(ct);
        if (SlackAnswerRef.TryDecode(action.Value) is not { } reference || articles.Find(reference.ArticleId) is not { } article)
        {
            await responses.EphemeralAsync(action.ResponseUrl, SlackMessage.Plain(SlackReplies.PassageGone), ct);
            return;
        }

        // As for Pin: the paragraph number names the cited text only in the article version the button was rendered from.
        if (!reference.IsFrom(article))
        {
            await responses.EphemeralAsync(action.ResponseUrl, SlackMessage.Plain(SlackReplies.ContextArticleChanged), ct);
            return;
        }

        var paragraphs = article.Paragraphs.ToList();
        var at = paragraphs.FindIndex(p => p.Number == reference.Paragraph);
        if (at < 0)
        {
            await responses.EphemeralAsync(action.ResponseUrl, SlackMessage.Plain(SlackReplies.PassageGone), ct);
            return;
        }

        var title = SlackMrkdwn.Link(article.Metadata.Url, article.Metadata.Title ?? article.OutletOrDefault);
        var blocks = new JsonArray { SlackBlocks.Section("*Context* from " + title) };
        for (var i = Math.Max(0, at - ContextRadius); i <= Math.Min(paragraphs.Count - 1, at + ContextRadius); i++)
        {
            var text = SlackMrkdwn.EscapeToFit(paragraphs[i].Text, SlackMrkdwn.MaxSectionText - 20);
            var number = "¶" + paragraphs[i].Number.ToString(CultureInfo.InvariantCulture);
            blocks.Add(SlackBlocks.Section(i == at ? $"*{number}*\n{SlackMrkdwn.Quote(text)}" : $"{number}\n{SlackMrkdwn.Quote(text)}"));
        }

        await responses.EphemeralAsync(action.ResponseUrl, new SlackMessage("Context of the quote", blocks), ct);
    }

    /// <summary>
    /// Makes a pins.add or pins.remove call; when its answer is lost (network, timeout, 5xx) the call may still have
    /// been applied, so the same idempotent call is made once more before anyone is told anything: already_pinned
    /// (or no_pin) then confirms the first took effect. The app holds no pins:read to look instead.
    /// </summary>
    private static async Task<SlackApiResult> ConfirmedAsync(Func<Task<SlackApiResult>> call)
    {
        var result = await call();
        return result.Error == SlackApiError.Transport ? await call() : result;
    }

    private async Task ReplyAsync(SlackBlockAction action, string text, string result, CancellationToken ct)
    {
        Count(result);
        await responses.EphemeralAsync(action.ResponseUrl, SlackMessage.Plain(text), ct);
    }

    private static PinKey Key(SlackBlockAction action, string ts) => new(ChatPlatform.Slack, action.ChannelId, ts);

    private static PinActor Actor(SlackBlockAction action) => new(action.UserId, action.UserName);

    private static void Count(string result) =>
        BotMetrics.Pins.Add(1, new KeyValuePair<string, object?>("platform", "slack"), new KeyValuePair<string, object?>("result", result));
}
