using System.Text;

namespace Bot.Discord.Rendering;

/// <summary>
/// Escapes text from articles and users for Discord markdown
/// (https://support.discord.com/hc/en-us/articles/210298617). A backslash before any ASCII punctuation shows the
/// punctuation as typed, so escaping more than needed is harmless; escaping less lets a quote turn into formatting,
/// a masked link or a mention.
/// </summary>
internal static class DiscordMarkdown
{
    private const string Specials = "\\*_~`|[]<>@";

    private const string LineStarts = "#->+";

    /// <summary>The text with every markdown special escaped; line-start markers (headings, lists, quotes) too.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Specials.Contains(c, StringComparison.Ordinal) || (lineStart && (LineStarts.Contains(c, StringComparison.Ordinal) || IsNumberedListMarker(text, i))))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            if (c == '\n')
            {
                lineStart = true;
            }
            else if (c is not (' ' or '\t'))
            {
                lineStart = false;
            }
        }

        return builder.ToString();
    }

    /// <summary>Undoes <see cref="Escape"/>: drops a backslash before ASCII punctuation, as Discord shows it.</summary>
    public static string Unescape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && IsAsciiPunctuation(text[i + 1]))
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static bool IsAsciiPunctuation(char c) => char.IsAscii(c) && !char.IsAsciiLetterOrDigit(c) && !char.IsWhiteSpace(c) && !char.IsControl(c);

    /// <summary>"12. " at the start of a line is an ordered list: escape its first digit's dot by escaping the run.</summary>
    private static bool IsNumberedListMarker(string text, int i)
    {
        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        return j > i && j + 1 < text.Length && text[j] == '.' && text[j + 1] == ' ';
    }
}
