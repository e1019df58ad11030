using System.Globalization;
using System.Text;

namespace Bot.Core.Answering;

/// <summary>Folds text for loose comparison: lowercase, no accents, curly quotes made straight.</summary>
public static class TextFolding
{
    /// <summary>"Muñoz’s" → "munoz's".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded words of a text, possessives dropped: "Muñoz’s son" → ["munoz", "son"].</summary>
    public static IEnumerable<string> Words(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsLetterOrDigit(folded[i]) || (folded[i] == '\'' && start >= 0));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = folded[start..i].TrimEnd('\'');
                if (word.EndsWith("'s", StringComparison.Ordinal))
                {
                    word = word[..^2];
                }

                if (word.Length > 0)
                {
                    yield return word;
                }

                start = -1;
            }
        }
    }

    /// <summary>Edit distance with adjacent transpositions, stopping early past <paramref name="max"/>.</summary>
    /// <remarks>Three rolling rows on the stack: it runs for every vocabulary word when a question has a typo.</remarks>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (b.Length > 128)
        {
            return a == b ? 0 : max + 1;
        }

        Span<int> beforePrevious = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>How many typos a word of this length may carry and still match a name: 0, 1 or 2.</summary>
    public static int TyposAllowed(int length) => length switch { < 4 => 0, < 6 => 1, _ => 2 };
}
