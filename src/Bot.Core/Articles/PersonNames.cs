using System.Text.RegularExpressions;

namespace Bot.Core.Articles;

/// <summary>Recognises runs of capitalised words as names, with any title that stands before them.</summary>
internal static partial class PersonNames
{
    /// <summary>Capitalised words that start sentences or name things, never people's given names or surnames.</summary>
    private static readonly HashSet<string> s_notNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "but", "and", "or", "yet", "so", "still", "while", "when", "after", "before", "since", "as",
        "in", "on", "at", "for", "from", "with", "by", "of", "to", "if", "though", "although", "meanwhile",
        "nevertheless", "however", "even", "this", "that", "these", "those", "his", "her", "their", "its",
        "he", "she", "they", "we", "i", "it", "there", "here", "then", "now", "also", "today", "said", "according",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>Words that are titles when they stand before a name ("President", "Secretary").</summary>
    private static readonly HashSet<string> s_titleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "vice", "secretary", "minister", "prime", "senator", "sen", "representative", "rep", "governor",
        "mayor", "general", "gen", "chief", "director", "judge", "justice", "king", "queen", "prince", "princess",
        "pope", "dr", "mr", "mrs", "ms", "professor", "prof", "ambassador", "spokesperson", "spokesman",
        "spokeswoman", "chairman", "chairwoman", "chair", "ceo", "commissioner", "deputy", "attorney", "speaker", "leader", "officer", "colonel", "captain", "admiral",
        "lieutenant", "sergeant", "bishop", "rabbi", "imam", "sheikh", "emir", "chancellor", "premier", "lawmaker",
        "congressman", "congresswoman", "envoy", "advisor", "adviser", "head", "councillor", "councilor",
        "councilman", "councilwoman", "alderman", "alderwoman", "assemblyman", "assemblywoman", "magistrate",
        "sheriff", "inspector", "detective", "superintendent", "archbishop", "cardinal", "father", "sir", "dame",
        "lord", "baroness", "mp", "mep",
    };

    /// <summary>
    /// A run of capitalised words, allowing the lowercase particles of many surnames ("de", "van"). Hyphens,
    /// apostrophes and accents stay inside a word; a possessive "'s" is not part of the name.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:de|da|del|della|di|do|dos|du|van|von|der|den|bin|ibn|al|el|la|le)\s+)?\p{Lu}[\p{L}\p{M}'’.\-]*)*")]
    public static partial Regex Run();

    /// <summary>Splits a run into the name and the title before it.</summary>
    /// <param name="run">Capitalised words, as <see cref="Run"/> finds them.</param>
    /// <param name="surnameWords">How many words the surname has, when a later mention tells ("Barros Sá": 2).</param>
    /// <returns>Null when nothing in the run can be a name.</returns>
    public static (string Name, string? Title)? Split(string run, int surnameWords = 1)
    {
        var words = run.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(TrimWord).ToList();
        while (words.Count > 0 && s_notNames.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0 || words.All(s_notNames.Contains))
        {
            return null;
        }

        // After a title the rest of the run is the name ("Judge Ana Costa Reis", "Press Secretary Jo Lee"). Without
        // one the name is a given name and the surname, and words before it are not part of it ("State Jo Lee" from
        // "Secretary of State Jo Lee", "Republican Jo Lee"); a lowercase particle pulls in the words before it
        // ("Maria da Luz Pereira").
        var lastTitle = words.FindLastIndex(w => s_titleWords.Contains(w));
        int nameStart;
        if (lastTitle >= 0 && lastTitle < words.Count - 1)
        {
            nameStart = lastTitle + 1;
        }
        else
        {
            nameStart = Math.Max(0, words.Count - Math.Max(1, surnameWords) - 1);
            if (nameStart > 0 && char.IsLower(words[nameStart][0]))
            {
                nameStart--;
            }

            while (nameStart >= 2 && char.IsLower(words[nameStart - 1][0]))
            {
                nameStart -= 2;
            }
        }

        // What stands before the name is a title only if it holds a title word or reads as an adjective ("Peruvian",
        // "Republican"); "State" from "Secretary of State" or "Peru" from "Peru's" is not one.
        var before = words.Take(nameStart).ToList();
        var title = before.Count > 0 && (before.Any(s_titleWords.Contains) || before.All(LooksAdjectival)) ? string.Join(' ', before) : null;
        return (string.Join(' ', words.Skip(nameStart)), title);
    }

    private static bool LooksAdjectival(string word) =>
        word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
        || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal)
        || word.EndsWith('i');

    /// <summary>The last word of a name, used to match later mentions ("Muñoz" for "Ana Muñoz").</summary>
    public static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    /// <summary>Drops a trailing possessive or stray punctuation from a word.</summary>
    public static string TrimWord(string word)
    {
        word = word.TrimEnd('.', ',', ';', ':', '-');
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        return word.TrimEnd('\'', '’');
    }

    /// <summary>Capitalised words of institutions and offices that stand before names ("Secretary of State Jo Lee").</summary>
    private static readonly HashSet<string> s_institutionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "state", "house", "party", "department", "ministry", "office", "council", "foreign", "interior", "defence",
        "defense", "health", "finance", "home", "commerce", "treasury", "energy", "mines", "labour", "labor",
        "education", "affairs", "army", "navy", "police", "court", "senate", "congress", "parliament", "assembly",
        "national", "federal", "central", "supreme", "royal", "opposition", "election", "campaign",
    };

    /// <summary>
    /// True when a capitalised word before a two-word name may be a further given name ("Ahmed" in "Ahmed Karim
    /// Nasser"): not a title, an institution, an adjective or a word that starts sentences.
    /// </summary>
    public static bool CouldBeGivenName(string word) =>
        word.Length > 1 && !s_notNames.Contains(word) && !s_titleWords.Contains(word) && !s_institutionWords.Contains(word)
        && !LooksAdjectival(word) && !word.Any(char.IsDigit) && word.Skip(1).Any(char.IsLower);

    /// <summary>True when the word is a title that may stand before a name ("Minister", "Mayor").</summary>
    public static bool IsTitleWord(string word) => s_titleWords.Contains(word);

}
