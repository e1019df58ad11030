using System.Text;

namespace Bot.Core.Articles;

/// <summary>Finds the quoted spans of a paragraph in straight or curly double quotes.</summary>
internal static class QuoteSpans
{
    /// <summary>Marks where a quote stood in the text outside the quotes.</summary>
    public const char Marker = '\u0001';

    /// <summary>The quoted spans and the paragraph's text with each span replaced by <see cref="Marker"/>.</summary>
    public static (IReadOnlyList<string> Spans, string Outside) Split(string text)
    {
        var spans = new List<string>();
        var outside = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var close = c switch { '"' => '"', '\u201C' => '\u201D', _ => '\0' };
            if (close == '\0')
            {
                outside.Append(c);
                i++;
                continue;
            }

            // An opening quote with no closing one runs to the end of the paragraph, as in journalism.
            var end = text.IndexOf(close, i + 1);
            var span = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
            spans.Add(span.Trim());
            outside.Append(Marker);
            i = end < 0 ? text.Length : end + 1;
        }

        return (spans, outside.ToString());
    }

    /// <summary>The number of words in a span.</summary>
    public static int WordCount(string span) =>
        span.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
