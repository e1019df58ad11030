using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>Picks the sentence of a passage that best matches the question, to show in bold.</summary>
public static partial class Highlighter
{
    /// <summary>The best-matching sentence; the whole passage when it is one sentence or nothing matches better.</summary>
    public static string Best(string passage, string searchText)
    {
        var sentences = SentenceBreak().Split(passage).Where(s => s.Trim().Length > 0).ToList();
        if (sentences.Count <= 1)
        {
            return passage.Trim();
        }

        var wanted = TextFolding.Words(searchText).Select(Stem).ToHashSet(StringComparer.Ordinal);
        var best = sentences
            .Select((s, i) => (Sentence: s.Trim(), Index: i, Hits: TextFolding.Words(s).Select(Stem).Distinct(StringComparer.Ordinal).Count(wanted.Contains)))
            .OrderByDescending(x => x.Hits)
            .ThenBy(x => x.Index)
            .First();
        return best.Sentence;
    }

    /// <summary>A crude stem, enough to match "tariffs" with "tariff" and "diversifying" with "diversify".</summary>
    private static string Stem(string word) => word.Length > 5 ? word[..5] : word.TrimEnd('s');

    [GeneratedRegex(@"(?<=[.!?][""”’']?)\s+(?=[""“]?[\p{Lu}\d])")]
    private static partial Regex SentenceBreak();
}
