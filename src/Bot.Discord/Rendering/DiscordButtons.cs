using Bot.Discord.Dtos;

namespace Bot.Discord.Rendering;

/// <summary>The buttons under an answer: Pin (or Unpin once pinned) and Show context.</summary>
internal static class DiscordButtons
{
    private const int ActionRow = 1;
    private const int Button = 2;
    private const int Primary = 1;
    private const int Secondary = 2;

    /// <summary>
    /// One action row: Pin or Unpin, then Show context. Every button carries the article's short fingerprint as it was
    /// when the answer was rendered: a paragraph number means the same text only in that version. Empty when the ids
    /// would not fit in a custom_id.
    /// </summary>
    public static IReadOnlyList<DiscordComponent> For(string articleId, int paragraph, string? fingerprint, bool pinned)
    {
        var version = DiscordCustomId.ShortFingerprint(fingerprint);
        var pin = new DiscordCustomId(pinned ? DiscordCustomId.Unpin : DiscordCustomId.Pin, articleId, paragraph, version).ToString();
        var context = new DiscordCustomId(DiscordCustomId.Context, articleId, paragraph, version).ToString();
        if (pin.Length > DiscordEmbedLimits.CustomId || context.Length > DiscordEmbedLimits.CustomId)
        {
            return [];
        }

        return
        [
            new DiscordComponent(ActionRow, Components:
            [
                pinned
                    ? new DiscordComponent(Button, Secondary, "Unpin", CustomId: pin)
                    : new DiscordComponent(Button, Primary, "Pin", new DiscordEmoji("📌"), pin),
                new DiscordComponent(Button, Secondary, "Show context", CustomId: context),
            ]),
        ];
    }
}
