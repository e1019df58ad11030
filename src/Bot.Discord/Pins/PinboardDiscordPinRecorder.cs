using Bot.Core.Articles;
using Bot.Core.Pins;

namespace Bot.Discord.Pins;

/// <summary>Records Discord pins in the pinboard store (<see cref="IPinnedAnswers"/>), with the article's fingerprint.</summary>
internal sealed class PinboardDiscordPinRecorder(IPinnedAnswers store, IArticleLibraryProvider libraries) : IDiscordPinRecorder
{
    public async Task<bool> RecordAsync(DiscordPinRecord pin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pin);
        var library = await libraries.GetAsync(ct);
        var fingerprint = library.Find(pin.ArticleId)?.Fingerprint ?? "";
        var request = new PinRequest(
            Key(pin.ChannelId, pin.MessageId), pin.GuildId, new PinActor(pin.PinnedById, pin.PinnedByName), pin.PinnedAt,
            pin.Question, pin.Quote, pin.Speaker, pin.ArticleId, pin.Paragraph, fingerprint);
        var result = await store.PinAsync(request, ct);
        return result.Outcome == PinOutcome.Pinned;
    }

    public async Task<bool> RemoveAsync(string channelId, string messageId, string unpinnedById, string unpinnedByName, DateTimeOffset at, CancellationToken ct) =>
        await store.UnpinAsync(Key(channelId, messageId), new PinActor(unpinnedById, unpinnedByName), at, ct) is not null;

    public async Task<IReadOnlyList<DiscordPinRecord>> ListChannelAsync(string channelId, int limit, CancellationToken ct)
    {
        var page = await store.ListAsync(PinFilter.ForChannel(ChatPlatform.Discord, channelId), null, limit, ct);
        return page.Items.Select(a => a.Pin).Select(p => new DiscordPinRecord(
            p.WorkspaceId, p.Key.ChannelId, p.Key.MessageId, p.PinnedBy.Id, p.PinnedBy.DisplayName, p.PinnedAt,
            p.Question, p.Quote, p.Speaker, p.ArticleId, p.Paragraph)).ToList();
    }

    private static PinKey Key(string channelId, string messageId) => new(ChatPlatform.Discord, channelId, messageId);
}
