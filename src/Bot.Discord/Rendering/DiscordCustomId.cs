using System.Globalization;

namespace Bot.Discord.Rendering;

/// <summary>
/// A button's custom_id carries its state, "pin:&lt;article&gt;:&lt;paragraph&gt;[:&lt;fingerprint&gt;]", so no
/// server state is needed between the answer and the click
/// (https://docs.discord.com/developers/components/reference#button: 1–100 chars). Pin, Unpin and Show context carry
/// the first <see cref="FingerprintLength"/> hex characters of the article's fingerprint when the answer was rendered,
/// so a click after the seeds changed cannot record or show text the message never cited.
/// </summary>
internal sealed record DiscordCustomId(string Action, string ArticleId, int Paragraph, string? Fingerprint = null)
{
    public const string Pin = "pin";
    public const string Unpin = "unpin";
    public const string Context = "ctx";

    /// <summary>48 bits of the SHA-256: ample to tell two versions of one article apart, and short enough to fit.</summary>
    public const int FingerprintLength = 12;

    public override string ToString() => Fingerprint is { Length: > 0 } fingerprint
        ? string.Create(CultureInfo.InvariantCulture, $"{Action}:{ArticleId}:{Paragraph}:{fingerprint}")
        : string.Create(CultureInfo.InvariantCulture, $"{Action}:{ArticleId}:{Paragraph}");

    /// <summary>The short form of an article fingerprint that a custom_id carries; null for none.</summary>
    public static string? ShortFingerprint(string? fingerprint) =>
        string.IsNullOrEmpty(fingerprint) ? null : fingerprint[..Math.Min(FingerprintLength, fingerprint.Length)];

    /// <summary>True when the custom_id's fingerprint is a prefix of the article's current one.</summary>
    public bool Matches(string? currentFingerprint) =>
        Fingerprint is { Length: FingerprintLength } mine && currentFingerprint is not null
        && currentFingerprint.StartsWith(mine, StringComparison.Ordinal);

    /// <summary>Reads a custom_id written by <see cref="ToString"/>; null for anything else.</summary>
    public static DiscordCustomId? Parse(string? customId)
    {
        var parts = customId?.Split(':');
        if (parts is not { Length: 3 or 4 } || parts[1].Length == 0
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var paragraph)
            || (parts.Length == 4 && parts[3].Length == 0))
        {
            return null;
        }

        return new DiscordCustomId(parts[0], parts[1], paragraph, parts.Length == 4 ? parts[3] : null);
    }
}
