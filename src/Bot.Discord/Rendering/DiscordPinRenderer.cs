using System.Globalization;
using Bot.Core.Pins;
using Bot.Discord.Dtos;

namespace Bot.Discord.Rendering;

/// <summary>Renders pins: the answer message once pinned or unpinned, and the channel's pinboard.</summary>
internal static class DiscordPinRenderer
{
    /// <summary>How /pinned marks a pin whose quote or article is gone: listed, never dropped.</summary>
    public const string StaleMark = "⚠️ no longer in the article";

    /// <summary>The answer message with "📌 Pinned by name" and an Unpin button; the embeds are kept as they are.</summary>
    public static DiscordMessageData Pinned(DiscordMessage message, string pinnedBy, DiscordCustomId id)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(id);
        return new DiscordMessageData(
            Content: DiscordEmbedLimits.Shorten("📌 Pinned by " + DiscordMarkdown.Escape(pinnedBy), DiscordEmbedLimits.Content),
            Embeds: message.Embeds ?? [],
            Components: DiscordButtons.For(id.ArticleId, id.Paragraph, id.Fingerprint, pinned: true));
    }

    /// <summary>The answer message back as it was: no pin line, a Pin button with the fingerprint it had.</summary>
    public static DiscordMessageData Unpinned(DiscordMessage message, DiscordCustomId id)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(id);
        return new DiscordMessageData(
            Content: "",
            Embeds: message.Embeds ?? [],
            Components: DiscordButtons.For(id.ArticleId, id.Paragraph, id.Fingerprint, pinned: false));
    }

    /// <summary>The channel's pinned answers, newest first, stale ones marked; ephemeral.</summary>
    public static DiscordMessageData Board(IReadOnlyList<BoardPin> pins)
    {
        ArgumentNullException.ThrowIfNull(pins);
        if (pins.Count == 0)
        {
            return DiscordAnswerRenderer.Ephemeral("No answers are pinned in this channel yet.");
        }

        var fields = pins.Take(DiscordEmbedLimits.FieldCount).Select(Field).ToList();
        var embed = DiscordEmbedLimits.Enforce(new DiscordEmbed(
            Title: "Pinned answers in this channel",
            Color: DiscordAnswerRenderer.AnswerColor,
            Fields: fields));
        return new DiscordMessageData(Embeds: [embed], Flags: DiscordMessageFlags.Ephemeral);
    }

    private static DiscordEmbedField Field(BoardPin board)
    {
        var p = board.Pin.Pin;
        var stale = board.IsStale ? StaleMark + " · " : "";
        // As the answer read: "According to X" and no quote marks for a paraphrase, an unnamed speaker named as described.
        var who = board.UnnamedSpeaker ?? DiscordAnswerRenderer.Who(p.Speaker, "The article");
        if (board.IsParaphrase)
        {
            who = "According to " + who;
        }
        else if (board.UnnamedSpeaker is not null)
        {
            who = char.ToUpperInvariant(who[0]) + who[1..];
        }

        var quote = board.IsParaphrase ? DiscordMarkdown.Escape(p.Quote) : $"“{DiscordMarkdown.Escape(p.Quote)}”";
        return new DiscordEmbedField(
            $"{stale}📌 {who} · ¶{DiscordEmbedLimits.Number(p.Paragraph)} · "
                + $"{p.PinnedAt.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} · by {p.PinnedBy.DisplayName}",
            DiscordEmbedLimits.Shorten($"Q: {DiscordMarkdown.Escape(p.Question)}\n{quote}", DiscordEmbedLimits.FieldValue));
    }
}
