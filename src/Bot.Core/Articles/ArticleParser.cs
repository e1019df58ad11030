using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Core.Articles;

/// <summary>
/// Parses an article as scraped: an optional first line "Published On &lt;date&gt;", one paragraph per line,
/// blank lines ignored, an optional last line "Source: &lt;outlet&gt;". Sidecar metadata wins over the text.
/// </summary>
public static partial class ArticleParser
{
    private static readonly string[] s_dateFormats =
    [
        "d MMM yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy", "yyyy-MM-dd",
    ];

    /// <summary>Parses one article's text. Never throws on content; an unusable dateline is kept as narration.</summary>
    public static Article Parse(string id, string text, ArticleMetadata? sidecar = null)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var raw = new List<(int Number, string Text, ParagraphKind Kind)>();
        DateOnly? published = null;
        string? outlet = null;
        var lastNonBlank = Array.FindLastIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        var firstNonBlank = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0)
            {
                continue;
            }

            var kind = ParagraphKind.Narration;
            if (i == firstNonBlank && DatelinePattern().Match(line) is { Success: true } dateline)
            {
                var (date, shown) = ParsePublished(dateline.Groups["date"].Value);
                published = date;
                line = "Published On " + shown;
                kind = ParagraphKind.Dateline;
            }
            else if (i == lastNonBlank && SourcePattern().Match(line) is { Success: true } source)
            {
                outlet = source.Groups["outlet"].Value.Trim();
                kind = ParagraphKind.SourceLine;
            }

            raw.Add((i + 1, line, kind));
        }

        var metadata = new ArticleMetadata(
            sidecar?.Title,
            sidecar?.Url,
            sidecar?.Published ?? published,
            sidecar?.Outlet ?? outlet,
            sidecar?.Byline);
        var attributions = AttributionResolver.Resolve(raw.Select(r => (r.Text, r.Kind)).ToList(), metadata.Outlet);
        var paragraphs = raw.Select((r, i) => new Paragraph(
            id,
            r.Number,
            r.Text,
            attributions[i] is { Speaker: not null, Verbatim: true } && r.Kind == ParagraphKind.Narration ? ParagraphKind.Quote : r.Kind,
            attributions[i])).ToList();
        return new Article(id, metadata, paragraphs, Fingerprint(text));
    }

    /// <summary>A stable fingerprint of a text: lowercase hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Fingerprint(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// Reads a scraped date. The scraper writes the date twice ("4 Feb 20254 Feb 2025"), so the shortest leading
    /// run that parses as a date wins.
    /// </summary>
    internal static (DateOnly? Date, string Shown) ParsePublished(string value)
    {
        value = value.Trim();
        for (var length = 6; length <= value.Length; length++)
        {
            var candidate = value[..length];
            if (YearAtEnd().IsMatch(candidate)
                && DateOnly.TryParseExact(candidate, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
            {
                return (date, candidate);
            }
        }

        return (null, value);
    }

    [GeneratedRegex(@"^Published\s+On\s+(?<date>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"^Source:\s*(?<outlet>\S.{0,80})$", RegexOptions.IgnoreCase)]
    private static partial Regex SourcePattern();

    [GeneratedRegex(@"(?<!\d)(\d{4}|\d{4}-\d{2}-\d{2})$")]
    private static partial Regex YearAtEnd();
}
