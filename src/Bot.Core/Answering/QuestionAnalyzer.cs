using System.Text.RegularExpressions;
using Bot.Core.Articles;

namespace Bot.Core.Answering;

/// <summary>
/// Reads a question as people type it in chat: drops mentions, greetings and question words, finds the person a
/// "what did X say" question is about (by name with typos, or by role: "the press secretary", "the CFR fellow"),
/// and notes what kind of answer it wants: a quote, a number (of what; an amount of money), or a consequence.
/// </summary>
public sealed partial class QuestionAnalyzer
{
    /// <summary>Words that shape a question but say nothing about its topic.</summary>
    private static readonly HashSet<string> s_questionWords = new(StringComparer.Ordinal)
    {
        "what", "whats", "what's", "who", "whom", "whose", "which", "when", "where", "why", "how", "did", "does", "do",
        "say", "said", "says", "tell", "told", "think", "thinks", "about", "me", "you", "your", "can", "could", "would",
        "should", "is", "are", "was", "were", "has", "have", "had", "much", "many", "the", "a", "an", "of", "to", "in",
        "on", "for", "and", "or", "it", "this", "that", "there", "any", "some", "someone", "anyone", "please", "bot",
        "hey", "hi", "hello", "yo", "ok", "okay", "know", "i", "we", "my", "be", "been", "get", "got", "article", "its",
    };

    /// <summary>
    /// Words in a description of a person that do not pick one out ("the … guy"); the words around an age too, so
    /// "the 36 year old" picks out the person of that age, not anyone described as "67-year-old".
    /// </summary>
    private static readonly HashSet<string> s_descriptionNoise = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "guy", "man", "woman", "person", "lady", "dude", "who", "that", "for", "of", "at", "on", "in",
        "and", "with", "from", "to", "by", "this", "one", "he", "she", "they", "his", "her", "their", "about",
        "old", "year", "years", "yr", "yrs", "aged", "age",
    };

    /// <summary>Past tenses without "-ed" that follow the counted noun ("how many people died").</summary>
    private static readonly HashSet<string> s_commonVerbs = new(StringComparer.Ordinal)
    {
        "died", "left", "fled", "went", "came", "ran", "won", "lost", "got", "saw", "made", "took", "fell", "rose",
        "voted", "live", "work", "attend", "attended", "die", "leave", "go", "come", "get", "make", "take",
    };

    /// <summary>Words that end the counted noun phrase of a "how many" question.</summary>
    private static readonly HashSet<string> s_countStops = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "did", "do", "does", "has", "have", "had", "will", "would", "can",
        "could", "should", "in", "on", "of", "at", "for", "to", "with", "by", "from", "when", "where", "that", "which",
        "who", "the", "a", "an", "than", "there", "he", "she", "they", "it", "we", "you", "i", "his", "her", "their",
    };

    private readonly ArticleLibrary _library;
    private readonly Lazy<HashSet<string>> _vocabulary;
    private readonly Lazy<IReadOnlyList<HashSet<string>>> _sources;
    private readonly Lazy<HashSet<string>> _properNouns;
    private readonly IReadOnlyList<(Speaker Speaker, string[] NameWords, string[] RoleWords, string Initials)> _people;

    /// <summary>Creates an analyzer that knows the people quoted in <paramref name="library"/>.</summary>
    public QuestionAnalyzer(ArticleLibrary library)
    {
        _library = library;
        _vocabulary = new(() => library.AllParagraphs.SelectMany(p => TextFolding.Words(p.Text)).ToHashSet(StringComparer.Ordinal));
        // Words the articles write capitalised inside sentences and never in lowercase: names of people, places, bodies.
        _properNouns = new(() =>
        {
            var lowercase = library.AllParagraphs.SelectMany(p => LowercaseWord().Matches(p.Text).Select(m => TextFolding.Fold(m.Value))).ToHashSet(StringComparer.Ordinal);
            return library.AllParagraphs
                .SelectMany(p => ProperNoun().Matches(p.Text).Select(m => TextFolding.Fold(m.Groups["word"].Value)))
                .Where(w => !lowercase.Contains(w))
                .ToHashSet(StringComparer.Ordinal);
        });
        // Everyone the articles credit with words: named speakers and unnamed ones ("a minister for the state of X").
        _sources = new(() => library.AllParagraphs
            .Select(p => p.Speaker is { } s ? $"{s.Name} {s.Role}" : p.Attribution.UnnamedSpeaker)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(d => TextFolding.Words(d).Where(w => !s_descriptionNoise.Contains(w)).ToHashSet(StringComparer.Ordinal))
            .ToList());
        _people = library.People
            .Select(p => (
                p.Speaker,
                // "the UN", "the Association of …": an organisation's "the" and "of" name nobody.
                TextFolding.Words(p.Speaker.Name).Where(w => !s_questionWords.Contains(w)).ToArray(),
                TextFolding.Words(p.Speaker.Role ?? "").Where(w => !s_descriptionNoise.Contains(w)).ToArray(),
                Initials(p.Speaker.Role ?? "")))
            .ToList();
    }

    /// <summary>Reads a question.</summary>
    public AnalyzedQuestion Analyze(string text)
    {
        var cleaned = Filler().Replace(Mentions().Replace(text, " "), " ");
        var folded = TextFolding.Fold(cleaned).Trim();
        var wantsNumber = NumberQuestion().IsMatch(folded);
        var wantsQuote = WhoSaid().IsMatch(folded);
        Speaker? person = null;
        var unknownPerson = false;

        var subject = SubjectOfSpeech().Match(folded);
        if (subject.Success)
        {
            wantsQuote = true;
            var words = TextFolding.Words(subject.Groups["subject"].Value).ToList();
            person = FindPerson(words);
            unknownPerson = person is null && (NoneInArticles(words) || NamesSomeoneNotASource(words));
        }
        else
        {
            // A bare name ("munoz") or name-led question ("munoz on housing") is about that person.
            var words = TextFolding.Words(folded).ToList();
            if (words.Count is > 0 and <= 3 && FindPerson(words.Take(2).ToList()) is { } named && words.Take(2).All(w => IsNameWord(named, w) || s_questionWords.Contains(w)))
            {
                person = named;
            }
        }

        var searchWords = TextFolding.Words(folded).Where(w => !s_questionWords.Contains(w));
        return new AnalyzedQuestion(cleaned.Trim(), string.Join(' ', searchWords), person, wantsQuote, wantsNumber, unknownPerson)
        {
            CountedNouns = CountedNouns(folded),
            Expects = AnswerKinds.Of(folded),
            AsksHowMany = HowManyCount().IsMatch(folded),
            AsksCause = AnswerKinds.AsksCause(folded),
            WantsMoney = HowMuch().IsMatch(folded) && MoneyQuestion().IsMatch(folded),
            AsksChange = ChangeQuestion().IsMatch(folded),
            AsksConsequence = !wantsQuote && Consequence().IsMatch(folded),
        };
    }

    /// <summary>
    /// "how many river ferries were …" → "ferries": the last of up to three words after "how many / how much",
    /// stopping at the first auxiliary or preposition, is the noun the answer counts; a verb there ("how many people
    /// died") gives way to the word before it.
    /// </summary>
    private static IReadOnlyList<string> CountedNouns(string folded)
    {
        var match = HowMany().Match(folded);
        if (!match.Success)
        {
            return [];
        }

        var phrase = TextFolding.Words(match.Groups["rest"].Value)
            .TakeWhile((w, i) => !s_countStops.Contains(w) && (i == 0 || !LooksLikeVerb(w)))
            .Take(3)
            .ToList();
        return phrase.Count > 0 ? [phrase[^1]] : [];
    }

    private static bool LooksLikeVerb(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || s_commonVerbs.Contains(word);

    private Speaker? FindPerson(IReadOnlyList<string> words)
    {
        Speaker? best = null;
        var bestScore = 0;
        foreach (var (speaker, nameWords, roleWords, initials) in _people)
        {
            var score = 0;
            foreach (var word in words)
            {
                if (nameWords.Any(n => NameMatches(n, word)))
                {
                    score += 2;
                }
                else if (!s_descriptionNoise.Contains(word) && (roleWords.Any(r => SameStem(r, word)) || (word.Length >= 2 && word == initials)))
                {
                    score += 1;
                }
            }

            if (score > bestScore)
            {
                (best, bestScore) = (speaker, score);
            }
        }

        return best;
    }

    private bool IsNameWord(Speaker speaker, string word) =>
        _people.First(p => p.Speaker == speaker).NameWords.Any(n => NameMatches(n, word));

    /// <summary>
    /// True when the words asked about hold a proper noun of the articles ("moise", "supreme court", "libyan") that is
    /// in no quoted or paraphrased speaker's name or role: the articles name them, but credit them with no words.
    /// Common words ("the ruling party") are left alone, as a speaker may be described in words of the question's own.
    /// </summary>
    private bool NamesSomeoneNotASource(IReadOnlyList<string> words)
    {
        var proper = words.Where(w => !s_descriptionNoise.Contains(w) && !s_questionWords.Contains(w)
            && _properNouns.Value.Any(p => NameMatches(p, w) || SameStem(p, w))).ToList();
        return proper.Any(w => !_sources.Value.Any(source => source.Any(s => NameMatches(s, w) || SameStem(s, w))));
    }

    private bool NoneInArticles(IReadOnlyList<string> words)
    {
        var content = words.Where(w => !s_descriptionNoise.Contains(w) && !s_questionWords.Contains(w)).ToList();
        return content.Count > 0 && content.All(w => !_vocabulary.Value.Contains(w) && !NearWordInArticles(w));
    }

    /// <summary>True when the articles use a word within this word's typo allowance ("rubiio" → "rubio").</summary>
    private bool NearWordInArticles(string word)
    {
        var allowed = TextFolding.TyposAllowed(word.Length);
        return allowed > 0 && _vocabulary.Value.Any(v => v.Length >= 4 && TextFolding.Distance(v, word, allowed) <= allowed);
    }

    private static bool NameMatches(string nameWord, string word) =>
        nameWord == word || (word.Length >= 4 && TextFolding.Distance(nameWord, word, 2) <= TextFolding.TyposAllowed(nameWord.Length));

    private static bool SameStem(string a, string b) =>
        a == b || (a.Length >= 5 && b.Length >= 5 && string.CompareOrdinal(a, 0, b, 0, Math.Max(5, Math.Min(a.Length, b.Length) - 2)) == 0);

    /// <summary>"the Council on Foreign Relations" → "cfr": initials of the capitalised words.</summary>
    private static string Initials(string role) =>
        new(role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0])).ToArray());

    /// <summary>A capitalised word inside a sentence (not its first word): a name, a place, a body.</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N},;:]\s+)(?<word>\p{Lu}[\p{L}\p{M}]+)")]
    private static partial Regex ProperNoun();

    [GeneratedRegex(@"(?<![\p{L}])\p{Ll}[\p{L}\p{M}]+")]
    private static partial Regex LowercaseWord();

    [GeneratedRegex(@"<[@#][!&]?[A-Za-z0-9]+(?:\|[^>]*)?>|(?<!\w)@\w+")]
    private static partial Regex Mentions();

    [GeneratedRegex(@"^\s*(?:(?:hey|hi|hello|yo|ok|okay|so)\b[\s,!]*(?:there\b|bot\b|everyone\b)?[\s,!]*)*(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:tell|show|remind)\s+(?:me|us)\b|(?:do\s+you|does\s+anyone)\s+know\b|i\s+(?:want|need|would\s+like)\s+to\s+know\b|tell\s+me\b|please\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\b(?:how\s+(?:much|many|high|low|long|big|large|far|old|often)|what\s+(?:percent|percentage|share|amount|number|time|year|date|day)|by\s+how\s+much)\b")]
    private static partial Regex NumberQuestion();

    [GeneratedRegex(@"^\s*(?:so\s+)?(?:why|how|what)\b.*\b(?:matter|matters|mattered|important|significant|significance|a\s+big\s+deal|means?\s+for|meant\s+for|impacts?|effects?|consequences?|affects?|affected|implications?|result\s+in|lead\s+to)\b")]
    private static partial Regex Consequence();

    [GeneratedRegex(@"\b(?:cost|costs|costing|spend|spends|spent|pay|pays|paid|worth|price|priced|budget|funding|fund|money|owe|owes|owed|raise|raised|fine|fined|charge|charged|salary|wage|wages|earn|earns|earned)\b")]
    private static partial Regex MoneyQuestion();

    [GeneratedRegex(@"\bhow\s+(?:many|much)\s+(?<rest>.*)$")]
    private static partial Regex HowMany();

    [GeneratedRegex(@"\b(?:gone\s+up|go\s+up|went\s+up|gone\s+down|risen|rise|rose|rising|increased?|increasing|fallen|fell|fall|drop(?:ped)?|grown|grew|grow|jump(?:ed)?|soar(?:ed)?|climb(?:ed)?|change[ds]?|more|less|cheaper|dearer)\b")]
    private static partial Regex ChangeQuestion();

    [GeneratedRegex(@"\bhow\s+many\b")]
    private static partial Regex HowManyCount();

    [GeneratedRegex(@"\bhow\s+much\b")]
    private static partial Regex HowMuch();


    [GeneratedRegex(@"^\s*who\s+(?:said|says|told|wrote|claimed|warned|argued|thinks|believes|called|described|is\s+quoted)\b")]
    private static partial Regex WhoSaid();

    [GeneratedRegex(@"^\s*(?:so\s+)?(?:what|how|why)\s+(?:did|does|do|has|had|was|is)\s+(?<subject>.+?)\s+(?:say|said|says|tell|told|write|wrote|think|thinks|post|posted|argue|claim|feel|believe|warn|add|explain|mean(?!\s+(?:for|to)\b)|predict|make\s+of)\b")]
    private static partial Regex SubjectOfSpeech();
}
