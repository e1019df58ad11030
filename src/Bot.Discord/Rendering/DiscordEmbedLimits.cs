using System.Globalization;
using Bot.Discord.Dtos;

namespace Bot.Discord.Rendering;

/// <summary>
/// Discord's embed limits (https://docs.discord.com/developers/resources/message#embed-object-embed-limits),
/// met by shortening with "…", never by failing: a 400 would lose the whole answer.
/// </summary>
internal static class DiscordEmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int FieldCount = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int Author = 256;
    public const int Total = 6000;
    public const int Content = 2000;
    public const int ButtonLabel = 80;
    public const int CustomId = 100;
    public const int ChoiceName = 100;

    private const string Ellipsis = "…";

    /// <summary>The text cut to at most <paramref name="max"/> characters, ending in "…" when cut.</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        // Do not split a surrogate pair, and do not leave an escaping backslash that would eat the ellipsis.
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        var head = text[..cut].TrimEnd();
        var trailingBackslashes = head.Length - head.TrimEnd('\\').Length;
        if (trailingBackslashes % 2 == 1)
        {
            head = head[..^1];
        }

        return head + Ellipsis;
    }

    /// <summary>The embed with every part within its limit and the whole within <see cref="Total"/>.</summary>
    public static DiscordEmbed Enforce(DiscordEmbed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        var fields = embed.Fields?.Take(FieldCount)
            .Select(f => f with { Name = Shorten(f.Name, FieldName), Value = Shorten(f.Value, FieldValue) })
            .ToList();
        var shaped = embed with
        {
            Title = embed.Title is null ? null : Shorten(embed.Title, Title),
            Description = embed.Description is null ? null : Shorten(embed.Description, Description),
            Author = embed.Author is null ? null : new DiscordEmbedAuthor(Shorten(embed.Author.Name, Author)),
            Footer = embed.Footer is null ? null : new DiscordEmbedFooter(Shorten(embed.Footer.Text, Footer)),
            Fields = fields,
        };

        var over = Length(shaped) - Total;
        if (over <= 0)
        {
            return shaped;
        }

        // The description is the longest part: shorten it first, then drop fields from the end.
        if (shaped.Description is { } description)
        {
            var keep = Math.Max(Ellipsis.Length, description.Length - over);
            shaped = shaped with { Description = Shorten(description, keep) };
        }

        while (Length(shaped) > Total && shaped.Fields is { Count: > 0 } list)
        {
            shaped = shaped with { Fields = list.Take(list.Count - 1).ToList() };
        }

        return shaped;
    }

    /// <summary>What counts toward the 6000: title, description, field names and values, footer, author.</summary>
    public static int Length(DiscordEmbed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return (embed.Title?.Length ?? 0)
            + (embed.Description?.Length ?? 0)
            + (embed.Author?.Name.Length ?? 0)
            + (embed.Footer?.Text.Length ?? 0)
            + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
    }

    /// <summary>A number as Discord shows it in text.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
