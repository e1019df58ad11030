using System.Net;
using Bot.Core.Articles;
using Bot.Core.Pins;
using Bot.Discord.Api;
using Bot.Discord.Dtos;
using Bot.Discord.Pins;
using Bot.Discord.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Interactions;

/// <summary>
/// The Pin and Unpin buttons and /pinned. Discord pins the message first; only then is the pin recorded, so a failed
/// pin stores nothing (https://docs.discord.com/developers/resources/message#pin-message).
/// </summary>
internal sealed class DiscordPinHandler(
    DiscordApiClient client,
    IDiscordPinRecorder recorder,
    IPinnedAnswers store,
    IArticleLibraryProvider libraries,
    DiscordDeferredAnswers deferred,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordPinHandler> logger)
{
    /// <summary>The most pins /pinned lists (one embed holds 25 fields).</summary>
    public const int BoardSize = DiscordEmbedLimits.FieldCount;

    public const string NotModerator = "Only moderators can pin answers.";

    public const string ArticleChanged = "The article changed since this answer was posted — ask again to pin the current text.";

    /// <summary>The verbs <see cref="PinError"/> takes; both form their past tense with "-ned".</summary>
    public const string PinVerb = "pin";

    public const string UnpinVerb = "unpin";

    /// <summary>
    /// A moderator's click pins the message, records it and shows "📌 Pinned by"; anyone else is told no. The click is
    /// always acknowledged (type 6) and finished in the background: Discord's pin call may wait out a rate limit far
    /// longer than the 3 seconds an interaction has.
    /// </summary>
    public DiscordInteractionResponse Pin(DiscordInteraction interaction, DiscordCustomId id)
    {
        if (!DiscordModerators.IsModerator(interaction.Member, options.Value.ModeratorRoleIds))
        {
            DiscordPinMetrics.Pin("denied");
            return DiscordResponses.Ephemeral(NotModerator);
        }

        if (interaction.Message is not { } message || interaction.GuildId is not { } guildId || interaction.Actor is not { } actor)
        {
            return DiscordResponses.Ephemeral("Answers can be pinned only in a server channel.");
        }

        // One click at a time per message, its reply included: Discord and the board then see Pins and Unpins in the
        // same order, and the message ends showing the state that won.
        var click = new PinClick(guildId, message.ChannelId ?? interaction.ChannelId ?? "", message, actor);
        return deferred.Defer<DiscordPinHandler>(
            interaction, DiscordResponses.DeferredUpdate, (handler, token) => handler.PinNowAsync(click, id, token), DiscordLane.Pins, Key(click.ChannelId, message.Id));
    }

    /// <summary>A moderator's click unpins the message and marks the record unpinned; acknowledged and finished as for Pin.</summary>
    public DiscordInteractionResponse Unpin(DiscordInteraction interaction, DiscordCustomId id)
    {
        if (!DiscordModerators.IsModerator(interaction.Member, options.Value.ModeratorRoleIds))
        {
            DiscordPinMetrics.Pin("denied");
            return DiscordResponses.Ephemeral("Only moderators can unpin answers.");
        }

        if (interaction.Message is not { } message || interaction.Actor is not { } actor)
        {
            return DiscordResponses.Unknown;
        }

        var click = new PinClick("", message.ChannelId ?? interaction.ChannelId ?? "", message, actor);
        return deferred.Defer<DiscordPinHandler>(
            interaction, DiscordResponses.DeferredUpdate, (handler, token) => handler.UnpinNowAsync(click, id, token), DiscordLane.Pins, Key(click.ChannelId, message.Id));
    }

    /// <summary>/pinned: this channel's pinned answers, newest first, stale ones marked; ephemeral.</summary>
    public Task<DiscordInteractionResponse> ListAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        if (interaction.ChannelId is not { } channelId)
        {
            return Task.FromResult(DiscordResponses.Unknown);
        }

        return deferred.RunOrDeferAsync(this, interaction, DiscordResponses.Deferred(ephemeral: true), (handler, token) => handler.ListNowAsync(channelId, token), ct);
    }

    /// <summary>What to tell the moderator (https://docs.discord.com/developers/topics/opcodes-and-status-codes#json).</summary>
    /// <param name="e">What Discord or the network threw.</param>
    /// <param name="verb"><see cref="PinVerb"/> or <see cref="UnpinVerb"/>.</param>
    internal static string PinError(Exception e, string verb)
    {
        var done = verb + "ned";
        return e switch
        {
            DiscordApiException { Code: 30003 } => $"This channel has reached Discord's limit of pinned messages. Unpin one and try again; nothing was {done}.",
            DiscordApiException { Code: 50013 } => $"I don't have the Pin Messages permission in this channel. Ask an admin to grant it; nothing was {done}.",
            DiscordApiException { Code: 50001 } => $"I can't see this channel. Ask an admin to give me access; nothing was {done}.",
            DiscordApiException { Code: 10008 } => $"That message no longer exists, so it can't be {done}.",
            DiscordApiException { Status: HttpStatusCode.TooManyRequests } => $"Discord is rate limiting me. Try again in a minute; nothing was {done}.",
            DiscordApiException api => $"Discord could not {verb} the answer (HTTP {(int)api.Status}). Try again later; nothing was {done}.",
            PinStateUnknownException => $"Discord did not answer in time, and I could not check whether the message is {done}. Click again to make sure; it is harmless.",
            _ => $"Discord did not answer in time. Try again later; nothing was {done}.",
        };
    }

    private async Task<DiscordInteractionResponse> PinNowAsync(PinClick click, DiscordCustomId id, CancellationToken ct)
    {
        var (guildId, channelId, message, actor) = click;
        var library = await libraries.GetAsync(ct);

        // The button carries the fingerprint the answer was rendered from: never record text the message did not show.
        if (!id.Matches(library.Find(id.ArticleId)?.Fingerprint))
        {
            DiscordPinMetrics.Pin("article_changed");
            return DiscordResponses.Ephemeral(ArticleChanged);
        }

        if (library.Find(id.ArticleId, id.Paragraph) is not { } paragraph)
        {
            return DiscordResponses.Ephemeral("That passage is no longer in the articles, so the answer was not pinned.");
        }

        var failure = await ConfirmedAsync(
            token => client.PinMessageAsync(channelId, message.Id, $"Cited answer pinned by {actor.DisplayName} ({actor.Id})", token),
            channelId, message.Id, pinned: true, ct);
        if (failure is not null)
        {
            DiscordPinMetrics.Pin("failed");
            logger.LogWarning("Discord did not pin message {MessageId} in {ChannelId}: {Reason}", message.Id, channelId, failure.Message);
            return DiscordResponses.Ephemeral(PinError(failure, PinVerb));
        }

        var question = message.Embeds is [{ Title: { } title }, ..] ? DiscordMarkdown.Unescape(title) : "";
        var record = new DiscordPinRecord(
            guildId, channelId, message.Id, actor.Id, actor.DisplayName, time.GetUtcNow(),
            question, paragraph.Text, paragraph.Speaker, id.ArticleId, id.Paragraph);
        bool added;
        try
        {
            added = await recorder.RecordAsync(record, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Discord shows the pin, the board does not: say so plainly, and leave the Pin button to retry.
            DiscordPinMetrics.Pin("not_recorded");
            logger.LogError(e, "Pinned message {MessageId} in Discord but could not record it", message.Id);
            return DiscordResponses.Ephemeral($"Pinned in Discord, but the bot could not record it: {StoreFailure(e)} Click Pin again to retry; pinning twice is harmless.");
        }

        DiscordPinMetrics.Pin(added ? "pinned" : "already_pinned");
        return DiscordResponses.Update(DiscordPinRenderer.Pinned(message, actor.DisplayName, id));
    }

    private async Task<DiscordInteractionResponse> UnpinNowAsync(PinClick click, DiscordCustomId id, CancellationToken ct)
    {
        var (_, channelId, message, actor) = click;
        var failure = await ConfirmedAsync(
            token => client.UnpinMessageAsync(channelId, message.Id, $"Cited answer unpinned by {actor.DisplayName} ({actor.Id})", token),
            channelId, message.Id, pinned: false, ct);

        // 10008: already gone from Discord's pins; still mark the record unpinned.
        if (failure is not null and not DiscordApiException { Code: 10008 })
        {
            DiscordPinMetrics.Pin("failed");
            logger.LogWarning("Discord did not unpin message {MessageId}: {Reason}", message.Id, failure.Message);
            return DiscordResponses.Ephemeral(PinError(failure, UnpinVerb));
        }

        try
        {
            await recorder.RemoveAsync(channelId, message.Id, actor.Id, actor.DisplayName, time.GetUtcNow(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DiscordPinMetrics.Pin("not_recorded");
            logger.LogError(e, "Unpinned message {MessageId} in Discord but could not update its record", message.Id);
            return DiscordResponses.Ephemeral($"Unpinned in Discord, but the bot could not update its record: {StoreFailure(e)} Click Unpin again to retry.");
        }

        DiscordPinMetrics.Pin("unpinned");
        return DiscordResponses.Update(DiscordPinRenderer.Unpinned(message, id));
    }

    private async Task<DiscordInteractionResponse> ListNowAsync(string channelId, CancellationToken ct)
    {
        var library = await libraries.GetAsync(ct);
        var page = await new Pinboard(store, library).ListByChannelAsync(ChatPlatform.Discord, channelId, null, BoardSize, ct);
        return DiscordResponses.Message(DiscordPinRenderer.Board(page.Items));
    }

    /// <summary>
    /// Makes a pin or unpin call and returns null when it took effect, else why not. When Discord's answer is lost (a
    /// timeout, a dropped connection, a 5xx) the call may still have been applied, so Discord is asked whether the
    /// message is pinned now before anyone is told anything; a late success counts as a success.
    /// </summary>
    private async Task<Exception?> ConfirmedAsync(Func<CancellationToken, Task> call, string channelId, string messageId, bool pinned, CancellationToken ct)
    {
        try
        {
            await call(ct);
            return null;
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException or TaskCanceledException)
        {
            if (!IsLostAnswer(e, ct))
            {
                return e;
            }

            try
            {
                var now = await client.IsPinnedAsync(channelId, messageId, ct);
                logger.LogInformation("Discord's answer to a pin call for message {MessageId} was lost ({Reason}); the message is pinned: {Pinned}", messageId, e.Message, now);
                return now == pinned ? null : e;
            }
            catch (Exception check) when (check is DiscordApiException or HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                return new PinStateUnknownException(check);
            }
        }
    }

    /// <summary>True when the call may have been applied although its answer never came.</summary>
    private static bool IsLostAnswer(Exception e, CancellationToken ct) =>
        e is HttpRequestException
        || (e is TaskCanceledException && !ct.IsCancellationRequested)
        || e is DiscordApiException { Status: >= HttpStatusCode.InternalServerError };

    private static PinKey Key(string channelId, string messageId) => new(ChatPlatform.Discord, channelId, messageId);

    /// <summary>The store's failure in a sentence for a moderator; the details go to the log.</summary>
    private static string StoreFailure(Exception e) => e is PinStoreUnavailableException
        ? "the pin store is unavailable (details are in the bot's log)."
        : "the pin store reported an error (details are in the bot's log).";

    /// <summary>Discord's answer was lost and its pin state could not be read either.</summary>
    private sealed class PinStateUnknownException(Exception inner) : Exception("The pin state could not be checked: " + inner.Message, inner);

    /// <summary>What a Pin or Unpin click needs in the background; Unpin has no use for the guild.</summary>
    private sealed record PinClick(string GuildId, string ChannelId, DiscordMessage Message, DiscordUser Actor);
}
