using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Pins;
using Bot.Slack.Api;
using Bot.Slack.Rendering;
using Bot.Slack.Requests;

namespace Bot.Slack.Handling;

/// <summary>
/// The work behind <c>/ask</c> and <c>@bot</c>, after the acknowledgement: answer, then post with
/// <c>chat.postMessage</c> so the answer is a real, pinnable message.
/// </summary>
internal sealed class SlackAskHandler(
    IAnswerService answers,
    IArticleLibraryProvider library,
    IPinnedAnswers pins,
    SlackApiClient api,
    SlackResponseClient responses)
{
    public const string Platform = "slack";

    /// <summary>How many quotes <c>/ask quotes</c> lists: each takes two blocks, and a message holds 50.</summary>
    private const int MaxListed = 20;

    /// <summary><c>/ask &lt;question&gt;</c>: post the answer in the channel, or through response_url where the bot is not a member.</summary>
    public async Task AnswerCommandAsync(SlackSlashCommand command, CancellationToken ct)
    {
        var answer = await AnswerAsync(command.Text, command.UserId, command.ChannelId, ct);
        if (answer.Outcome is AnswerOutcome.Rejected or AnswerOutcome.RateLimited)
        {
            // "Too long" or "slow down" is for the asker, not the channel.
            await responses.EphemeralAsync(command.ResponseUrl, SlackAnswerRenderer.Render(answer), ct);
            return;
        }

        var posted = await api.PostMessageAsync(command.ChannelId, SlackAnswerRenderer.Render(answer, await FingerprintAsync(answer, ct)), null, ct);
        if (posted.Ok)
        {
            return;
        }

        if (posted.Error is SlackApiError.NotInChannel or SlackApiError.ChannelNotFound)
        {
            // response_url bypasses channel membership, but we never learn the message's ts, so it cannot be pinned.
            // https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
            await responses.InChannelAsync(command.ResponseUrl, SlackAnswerRenderer.Render(answer, await FingerprintAsync(answer, ct), pinnable: false), ct);
            await responses.EphemeralAsync(command.ResponseUrl, SlackMessage.Plain(SlackReplies.InviteToPin), ct);
            return;
        }

        await responses.EphemeralAsync(command.ResponseUrl, SlackMessage.Plain(SlackReplies.PostFailed), ct);
    }

    /// <summary><c>@bot &lt;question&gt;</c>: answer in the mention's thread.</summary>
    public async Task AnswerMentionAsync(SlackAppMention mention, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.Question.Length == 0)
        {
            await api.PostMessageAsync(mention.Channel, SlackMessage.Plain(SlackReplies.Usage), mention.ThreadTs, ct);
            return;
        }

        var answer = await AnswerAsync(mention.Question, mention.UserId, mention.Channel, ct);
        await api.PostMessageAsync(mention.Channel, SlackAnswerRenderer.Render(answer, await FingerprintAsync(answer, ct)), mention.ThreadTs, ct);
    }

    /// <summary><c>/ask pinned</c>: this channel's pinned answers, for the asker only.</summary>
    public async Task ListPinnedAsync(SlackSlashCommand command, CancellationToken ct)
    {
        var board = new Pinboard(pins, await library.GetAsync(ct));
        var list = (await board.ListByChannelAsync(ChatPlatform.Slack, command.ChannelId, null, MaxListed, ct)).Items;
        if (list.Count == 0)
        {
            await responses.EphemeralAsync(command.ResponseUrl, SlackMessage.Plain(SlackReplies.NoPins), ct);
            return;
        }

        var blocks = new JsonArray { SlackBlocks.Section($"*Pinned answers in this channel ({list.Count.ToString(CultureInfo.InvariantCulture)}):*") };
        foreach (var item in list)
        {
            var pin = item.Pin.Pin;
            blocks.Add(SlackBlocks.Section("*Q:* " + SlackMrkdwn.Escape(SlackMrkdwn.Shorten(pin.Question, 300)) + "\n"
                + SlackMrkdwn.Quote(SlackMrkdwn.EscapeToFit(pin.Quote, 2000))));
            // As the answer read: "according to" for a paraphrase, an unnamed speaker named as the article describes them.
            var credited = pin.Speaker is { } speaker ? "*" + SlackMrkdwn.Escape(speaker.Name) + "*" : item.UnnamedSpeaker is { } unnamed ? SlackMrkdwn.Escape(unnamed) : null;
            var who = credited is null ? "" : (item.IsParaphrase ? "according to " : "") + credited + " · ";
            var stale = item.IsStale ? " · ⚠️ no longer in the article" : "";
            blocks.Add(SlackBlocks.Context(
                "pin_" + blocks.Count.ToString(CultureInfo.InvariantCulture),
                $"— {who}¶{pin.Paragraph.ToString(CultureInfo.InvariantCulture)} · 📌 {SlackMrkdwn.User(pin.PinnedBy.Id, pin.PinnedBy.DisplayName)}, {AttributionLine.FormatDate(DateOnly.FromDateTime(pin.PinnedAt.UtcDateTime))}{stale}"));
        }

        await responses.EphemeralAsync(command.ResponseUrl, new SlackMessage($"{list.Count} pinned answers", blocks), ct);
    }

    /// <summary><c>/ask quotes &lt;person&gt;</c>: what that person is quoted saying, for the asker only.</summary>
    public async Task ListQuotesAsync(SlackSlashCommand command, string who, CancellationToken ct)
    {
        var articles = await library.GetAsync(ct);
        if (PersonFinder.Find(articles, who) is not { } person)
        {
            var known = string.Join(", ", articles.People.Take(10).Select(p => SlackMrkdwn.Escape(p.Speaker.Name)));
            await responses.EphemeralAsync(
                command.ResponseUrl,
                SlackMessage.Plain($"Nobody called “{SlackMrkdwn.Escape(who)}” is quoted in the articles. Quoted: {known}."),
                ct);
            return;
        }

        var name = SlackMrkdwn.Escape(person.Speaker.Name);
        var role = person.Speaker.Role is { Length: > 0 } r ? ", " + SlackMrkdwn.Escape(r) : "";
        var blocks = new JsonArray { SlackBlocks.Section($"*{name}*{role}: {person.Quotes.Count.ToString(CultureInfo.InvariantCulture)} quoted passage(s)") };
        foreach (var quote in person.Quotes.Take(MaxListed))
        {
            blocks.Add(SlackBlocks.Section(SlackMrkdwn.Quote(SlackMrkdwn.EscapeToFit(quote.Text, SlackMrkdwn.MaxSectionText - 10))));
            var source = articles.Find(quote.ArticleId) is { } article ? SlackMrkdwn.Link(article.Metadata.Url, article.OutletOrDefault) + " · " : "";
            blocks.Add(SlackBlocks.Context("q_" + blocks.Count.ToString(CultureInfo.InvariantCulture), $"— {source}¶{quote.Number.ToString(CultureInfo.InvariantCulture)}"));
        }

        await responses.EphemeralAsync(command.ResponseUrl, new SlackMessage($"Quotes of {name}", blocks), ct);
    }

    /// <summary>The cited article's fingerprint, for the Pin button; null when the answer cites nothing.</summary>
    private async Task<string?> FingerprintAsync(Answer answer, CancellationToken ct) =>
        answer.ArticleId is { } id ? (await library.GetAsync(ct)).Find(id)?.Fingerprint : null;

    /// <summary>The host's decorators count, time and rate-limit every question by its platform: nothing to record here.</summary>
    private Task<Answer> AnswerAsync(string text, string userId, string channelId, CancellationToken ct) =>
        answers.AnswerAsync(new Question(text, Platform, userId, channelId), ct);
}
