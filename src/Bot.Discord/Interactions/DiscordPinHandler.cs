using System.Net;
using Bot.Core.Articles;
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
    IArticleLibraryProvider libraries,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordPinHandler> logger)
{
    /// <summary>The most pins /pinned lists (one embed holds 25 fields).</summary>
    public const int BoardSize = DiscordEmbedLimits.FieldCount;

    public const string NotModerator = "Only moderators can pin answers.";

    /// <summary>A moderator's click pins the message, records it and shows "📌 Pinned by"; anyone else is told no.</summary>
    public async Task<DiscordInteractionResponse> PinAsync(DiscordInteraction interaction, DiscordCustomId id, CancellationToken ct)
    {
        if (!DiscordModerators.IsModerator(interaction.Member, options.Value.ModeratorRoleIds))
        {
            DiscordAnswerMetrics.Pin("denied");
            return DiscordResponses.Ephemeral(NotModerator);
        }

        if (interaction.Message is not { } message || interaction.GuildId is not { } guildId || interaction.Actor is not { } actor)
        {
            return DiscordResponses.Ephemeral("Answers can be pinned only in a server channel.");
        }

        var channelId = message.ChannelId ?? interaction.ChannelId ?? "";
        var library = await libraries.GetAsync(ct);
        if (library.Find(id.ArticleId, id.Paragraph) is not { } paragraph)
        {
            return DiscordResponses.Ephemeral("That passage is no longer in the articles, so the answer was not pinned.");
        }

        try
        {
            await client.PinMessageAsync(channelId, message.Id, $"Cited answer pinned by {actor.DisplayName} ({actor.Id})", ct);
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException or TaskCanceledException)
        {
            DiscordAnswerMetrics.Pin("failed");
            logger.LogWarning("Discord did not pin message {MessageId} in {ChannelId}: {Reason}", message.Id, channelId, e.Message);
            return DiscordResponses.Ephemeral(PinError(e));
        }

        var question = message.Embeds is [{ Title: { } title }, ..] ? DiscordMarkdown.Unescape(title) : "";
        var record = new DiscordPinRecord(
            guildId, channelId, message.Id, actor.Id, actor.DisplayName, time.GetUtcNow(),
            question, paragraph.Text, paragraph.Speaker, id.ArticleId, id.Paragraph);
        var added = await recorder.RecordAsync(record, ct);
        DiscordAnswerMetrics.Pin(added ? "pinned" : "already_pinned");
        return DiscordResponses.Update(DiscordPinRenderer.Pinned(message, actor.DisplayName, id.ArticleId, id.Paragraph));
    }

    /// <summary>A moderator's click unpins the message and marks the record unpinned.</summary>
    public async Task<DiscordInteractionResponse> UnpinAsync(DiscordInteraction interaction, DiscordCustomId id, CancellationToken ct)
    {
        if (!DiscordModerators.IsModerator(interaction.Member, options.Value.ModeratorRoleIds))
        {
            DiscordAnswerMetrics.Pin("denied");
            return DiscordResponses.Ephemeral("Only moderators can unpin answers.");
        }

        if (interaction.Message is not { } message || interaction.Actor is not { } actor)
        {
            return DiscordResponses.Unknown;
        }

        var channelId = message.ChannelId ?? interaction.ChannelId ?? "";
        try
        {
            await client.UnpinMessageAsync(channelId, message.Id, $"Cited answer unpinned by {actor.DisplayName} ({actor.Id})", ct);
        }
        catch (DiscordApiException e) when (e.Code == 10008)
        {
            // Already gone from Discord's pins: still mark the record unpinned.
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException or TaskCanceledException)
        {
            DiscordAnswerMetrics.Pin("failed");
            logger.LogWarning("Discord did not unpin message {MessageId}: {Reason}", message.Id, e.Message);
            return DiscordResponses.Ephemeral(PinError(e).Replace("pin", "unpin", StringComparison.Ordinal));
        }

        await recorder.RemoveAsync(channelId, message.Id, actor.Id, actor.DisplayName, time.GetUtcNow(), ct);
        DiscordAnswerMetrics.Pin("unpinned");
        return DiscordResponses.Update(DiscordPinRenderer.Unpinned(message, id.ArticleId, id.Paragraph));
    }

    /// <summary>/pinned: this channel's pinned answers from the pin store, newest first, ephemeral.</summary>
    public async Task<DiscordInteractionResponse> ListAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        if (interaction.ChannelId is not { } channelId)
        {
            return DiscordResponses.Unknown;
        }

        var pins = await recorder.ListChannelAsync(channelId, BoardSize, ct);
        return DiscordResponses.Message(DiscordPinRenderer.Board(pins));
    }

    /// <summary>What to tell the moderator (https://docs.discord.com/developers/topics/opcodes-and-status-codes#json).</summary>
    internal static string PinError(Exception e) => e switch
    {
        DiscordApiException { Code: 30003 } => "This channel has reached Discord's limit of pinned messages. Unpin one and try again; nothing was pinned.",
        DiscordApiException { Code: 50013 } => "I don't have the Pin Messages permission in this channel. Ask an admin to grant it; nothing was pinned.",
        DiscordApiException { Code: 50001 } => "I can't see this channel. Ask an admin to give me access; nothing was pinned.",
        DiscordApiException { Code: 10008 } => "That message no longer exists, so it can't be pinned.",
        DiscordApiException { Status: HttpStatusCode.TooManyRequests } => "Discord is rate limiting me. Try again in a minute; nothing was pinned.",
        DiscordApiException api => $"Discord could not pin the answer (HTTP {(int)api.Status}). Try again later; nothing was pinned.",
        _ => "Discord did not answer in time. Try again later; nothing was pinned.",
    };
}
