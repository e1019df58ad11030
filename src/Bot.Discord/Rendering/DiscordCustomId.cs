using System.Globalization;

namespace Bot.Discord.Rendering;

/// <summary>
/// A button's custom_id carries its state, "pin:&lt;article&gt;:&lt;paragraph&gt;", so no server state is needed between
/// the answer and the click (https://docs.discord.com/developers/components/reference#button: 1–100 chars).
/// </summary>
internal sealed record DiscordCustomId(string Action, string ArticleId, int Paragraph)
{
    public const string Pin = "pin";
    public const string Unpin = "unpin";
    public const string Context = "ctx";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Action}:{ArticleId}:{Paragraph}");

    /// <summary>Reads a custom_id written by <see cref="ToString"/>; null for anything else.</summary>
    public static DiscordCustomId? Parse(string? customId)
    {
        var parts = customId?.Split(':');
        if (parts is not { Length: 3 } || parts[1].Length == 0
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var paragraph))
        {
            return null;
        }

        return new DiscordCustomId(parts[0], parts[1], paragraph);
    }
}
