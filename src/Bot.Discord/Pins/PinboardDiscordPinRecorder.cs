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

    private static PinKey Key(string channelId, string messageId) => new(ChatPlatform.Discord, channelId, messageId);
}
