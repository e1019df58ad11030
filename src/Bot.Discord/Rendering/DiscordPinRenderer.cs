using System.Globalization;
using Bot.Discord.Dtos;
using Bot.Discord.Pins;

namespace Bot.Discord.Rendering;

/// <summary>Renders pins: the answer message once pinned or unpinned, and the channel's pinboard.</summary>
internal static class DiscordPinRenderer
{
    /// <summary>The answer message with "📌 Pinned by name" and an Unpin button; the embeds are kept as they are.</summary>
    public static DiscordMessageData Pinned(DiscordMessage message, string pinnedBy, string articleId, int paragraph)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DiscordMessageData(
            Content: DiscordEmbedLimits.Shorten("📌 Pinned by " + DiscordMarkdown.Escape(pinnedBy), DiscordEmbedLimits.Content),
            Embeds: message.Embeds ?? [],
            Components: DiscordButtons.For(articleId, paragraph, pinned: true));
    }

    /// <summary>The answer message back as it was: no pin line, a Pin button.</summary>
    public static DiscordMessageData Unpinned(DiscordMessage message, string articleId, int paragraph)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DiscordMessageData(
            Content: "",
            Embeds: message.Embeds ?? [],
            Components: DiscordButtons.For(articleId, paragraph, pinned: false));
    }

    /// <summary>The channel's pinned answers, newest first, ephemeral.</summary>
    public static DiscordMessageData Board(IReadOnlyList<DiscordPinRecord> pins)
    {
        ArgumentNullException.ThrowIfNull(pins);
        if (pins.Count == 0)
        {
            return DiscordAnswerRenderer.Ephemeral("No answers are pinned in this channel yet.");
        }

        var fields = pins.Take(DiscordEmbedLimits.FieldCount).Select(p => new DiscordEmbedField(
            $"📌 {DiscordAnswerRenderer.Who(p.Speaker, "The article")} · ¶{DiscordEmbedLimits.Number(p.Paragraph)} · "
                + $"{p.PinnedAt.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} · by {p.PinnedByName}",
            DiscordEmbedLimits.Shorten(
                $"Q: {DiscordMarkdown.Escape(p.Question)}\n“{DiscordMarkdown.Escape(p.Quote)}”",
                DiscordEmbedLimits.FieldValue)))
            .ToList();
        var embed = DiscordEmbedLimits.Enforce(new DiscordEmbed(
            Title: "Pinned answers in this channel",
            Color: DiscordAnswerRenderer.AnswerColor,
            Fields: fields));
        return new DiscordMessageData(Embeds: [embed], Flags: DiscordMessageFlags.Ephemeral);
    }
}
