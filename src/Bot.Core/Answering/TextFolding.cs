using System.Globalization;
using System.Text;

namespace Bot.Core.Answering;

/// <summary>Folds text for loose comparison: lowercase, no accents, curly quotes made straight.</summary>
/// <remarks>
/// Accents are removed with <see cref="AccentTable"/>, not string.Normalize, so that folding needs no ICU and the
/// program runs in invariant globalization mode (README, "Speed and memory"). Per character the result is what
/// decomposing, dropping the nonspacing marks and recomposing gives with ICU (tests/Bot.Core.Tests checks every
/// code point); text already decomposed into letters that ICU would recompose (Hangul jamo) is left decomposed.
/// </remarks>
public static class TextFolding
{
    /// <summary>The first character that has accents to remove (À); below it only case and quotes change.</summary>
    private const char FirstAccented = '\u00C0';

    private static readonly Dictionary<int, string> s_accents = ParseAccentTable(AccentTable.Lines);

    /// <summary>"Muñoz’s" → "munoz's".</summary>
    public static string Fold(string text) => Transform(text, fold: true);

    /// <summary>"Muñoz’s" → "Munoz’s": the accents removed, nothing else changed.</summary>
    public static string RemoveAccents(string text) => Transform(text, fold: false);

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

    /// <summary>The parsed accent table, for the test that holds it against ICU.</summary>
    internal static IReadOnlyDictionary<int, string> AccentTableForTests => s_accents;

    private static string Transform(string text, bool fold)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < FirstAccented)
            {
                Append(sb, c, fold);
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (s_accents.TryGetValue(pair ? char.ConvertToUtf32(c, text[i + 1]) : c, out var bare))
            {
                foreach (var b in bare)
                {
                    Append(sb, b, fold);
                }
            }
            else
            {
                Append(sb, c, fold);
                if (pair)
                {
                    Append(sb, text[i + 1], fold);
                }
            }

            if (pair)
            {
                i++;
            }
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, char c, bool fold) => sb.Append(!fold ? c : c switch
    {
        '\u2018' or '\u2019' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2013' or '\u2014' => '-',
        _ => char.ToLowerInvariant(c),
    });

    private static Dictionary<int, string> ParseAccentTable(string lines)
    {
        var table = new Dictionary<int, string>();
        foreach (var line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var codePoints = line.Split(' ').Select(hex => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToList();
            table[codePoints[0]] = string.Concat(codePoints.Skip(1).Select(char.ConvertFromUtf32));
        }

        return table;
    }
}
