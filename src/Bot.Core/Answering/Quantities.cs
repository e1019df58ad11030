using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>
/// Numbers in a passage, and whether one counts the thing a "how many X" question asks about: "three river
/// ferries" answers "how many ferries", while "within three weeks, river ferries" does not; or states the amount of money
/// a "how much does it cost" question asks for.
/// </summary>
public static partial class Quantities
{
    /// <summary>How many words may stand between a number and its noun ("three river ferries", "$4m in grants").</summary>
    private const int NounWindow = 3;

    private static readonly HashSet<string> s_numberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
        "dozen", "dozens", "half", "percent",
    };

    /// <summary>True when the text has a digit or a number word.</summary>
    public static bool HasNumber(string text) => TextFolding.Words(text).Any(IsNumber);

    /// <summary>
    /// True when the text says how many in any way: a number, or a word that answers "how many" without one
    /// ("several", "a handful", "nobody", "twice"); not "once" or "both", which as often mean something else.
    /// </summary>
    public static bool HasQuantity(string text) => HasNumber(text) || VagueQuantity().IsMatch(text);

    /// <summary>
    /// True when a number in the text is followed, within the same clause and a few words, by one of the nouns
    /// (singular or plural): the passage states how many of them there are.
    /// </summary>
    public static bool Counts(string text, IReadOnlyCollection<string> nouns)
    {
        if (nouns.Count == 0)
        {
            return false;
        }

        // A noun phrase never spans a comma, a dash or a full stop, so clauses are searched one at a time.
        foreach (var clause in ClauseBreak().Split(text))
        {
            var words = TextFolding.Words(clause).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                if (IsCount(words[i]) && words.Skip(i + 1).Take(NounWindow).Any(w => nouns.Any(n => SameNoun(n, w))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the text states an amount of money ("$2.4bn", "€300", "40 million euros").</summary>
    public static bool HasMoney(string text) => Money().IsMatch(text);

    private static bool IsNumber(string word) => word.Any(char.IsDigit) || s_numberWords.Contains(word);

    /// <summary>A number that can count things: not a year ("in 2019 flights …"), an ordinal ("3rd") or a name ("G7").</summary>
    private static bool IsCount(string word) =>
        s_numberWords.Contains(word)
        || (word.Any(char.IsDigit) && !char.IsLetter(word[0]) && !Year().IsMatch(word) && !Ordinal().IsMatch(word));

    private static bool SameNoun(string a, string b) => Singular(a) == Singular(b);

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "y"
        : word.EndsWith("es", StringComparison.Ordinal) && word.Length > 4 && "sxz".Contains(word[^3]) ? word[..^2]
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3 ? word[..^1]
        : word;

    [GeneratedRegex(@"[$€£¥₹]\s?\d|\b(?:US|A|C|NZ|HK)?\$\d|\b\d[\d,.]*\s*(?:bn|m|k|billion|million|thousand|trillion)?\s+(?:dollars|euros|pounds|pesos|reais|rupees|yen|yuan|francs|rand|shillings|naira)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:several|a\s+few|a\s+handful|scores|a\s+number\s+of|numerous|nobody|no\s+one|twice|no\s+(?:\p{L}+\s+)?(?:people|one|deaths|injuries|casualties))\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueQuantity();

    [GeneratedRegex(@"^(?:1[89]|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\d+(?:st|nd|rd|th)$")]
    private static partial Regex Ordinal();

    /// <summary>
    /// Commas, semicolons, colons, brackets, quotes, dashes and full stops; not decimal points, and not the dots of
    /// "U.S." or "D.C.", which sit inside a noun phrase.
    /// </summary>
    [GeneratedRegex(@"[,;:!?()""“”—–]|(?<!\b\p{Lu})\.(?!\d)")]
    private static partial Regex ClauseBreak();
}
