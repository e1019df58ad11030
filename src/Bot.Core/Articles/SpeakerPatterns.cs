using System.Text.RegularExpressions;

namespace Bot.Core.Articles;

/// <summary>The regular expressions attribution reads a paragraph's text outside quotes with.</summary>
internal static partial class SpeakerPatterns
{
    /// <summary>A run of capitalised words, with the lowercase particles of many surnames.</summary>
    private const string Name = @"\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:de|da|del|di|dos|van|von|der|bin|al|la|le)\s+)?\p{Lu}[\p{L}\p{M}'’.\-]*)*";

    /// <summary>"the UN", "the Association of Harbour Pilots of Port Elm".</summary>
    private const string Body = @"[Tt]he\s+\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+(?:(?:of|for|on|and|the|de)\s+)?\p{Lu}[\p{L}\p{M}'’\-]*)*";

    /// <summary>
    /// "A minister for the state of Freeland", "an official at the Port Authority": someone new, unnamed, known by an
    /// office and whom they serve. Not a spokesperson: a body speaks through its spokespeople (the body is credited).
    /// </summary>
    private const string OfficeHolder =
        @"[Aa]n?\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}?(?<noun>" + SpeakerWords.OfficeNouns
        + @")\s+(?:for|of|from|at|in|with|to)\s+(?:the\s+)?(?:\p{Ll}[\p{L}\-]*\s+(?:of\s+)?){0,2}\p{Lu}[\p{L}\-]*"
        + @"(?:\s+(?:(?:of|for|on|and|the|de)\s+)?(?!" + Weekday + @")\p{Lu}[\p{L}\-]*){0,4}(?![\p{L}])";

    /// <summary>A day's name, which ends a body's name ("an official at the Port Authority Monday said").</summary>
    private const string Weekday = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b";

    /// <summary>"a 25-year-old woman", "another neighbour", "the force", "one".</summary>
    private const string Nominal = OfficeHolder + "|" +
        @"(?:[Aa]n?|[Aa]nother|[Tt]he|[Oo]ne\s+of\s+the|[Oo]ther)\s+(?:[\p{Ll}\d][\p{L}\d\-]*\s+){0,3}?(?<noun>"
        + SpeakerWords.PersonNouns + "|" + SpeakerWords.OrganisationHeads + @")(?![\p{L}])";

    /// <summary>A lowercase noun of occupation before a name: "hairdresser", "runner", "consultant".</summary>
    private const string Role = @"(?<role>\p{Ll}[\p{L}\-]*(?:er|or|ist|ian|ant|ent|man|woman|person|ee|ive|ary|ate|ch|ef|al))";

    private const string Pronoun = @"(?<![\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey)(?![\p{L}])";

    /// <summary>
    /// An acronym in brackets and comma-set phrases between a subject and its verb: ", 38, an interior designer,"; they
    /// never run past a sentence's end.
    /// </summary>
    private const string Appositives = @"(?:\s*\([^()\u0001]{1,40}\))?(?:(?:,(?:[^,\u0001.]|\.(?!\s)){1,120}){1,3},)?";

    /// <summary>"X said", "X, a role, told", "the force said", "she said", "X, who …, said".</summary>
    [GeneratedRegex(@"(?<subject>" + Pronoun + "|" + Nominal + "|" + Body + "|" + Name + ")" + Appositives
        + @"\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+|who\s+|previously\s+)?(?<verb>" + SpeakerWords.Cues + @")\b(?<!called(?=\s+(?:on|for|off|up)\b))(?<tail>[^\u0001.]{0,40})")]
    public static partial Regex SubjectCue();

    /// <summary>"…," said Ana Ruiz; "…," said independent consultant Ana Ruiz; "…," said a resident.</summary>
    [GeneratedRegex(@"(?:\u0001|,)\s*(?<verb>" + SpeakerWords.InvertedCues + @")\s+(?:(?<subject>" + Nominal
        + @")|(?:[\p{Ll}\d][\p{L}\d\-]*\s+){0,4}?(?<subject>" + Name + "))")]
    public static partial Regex CueSubject();

    /// <summary>"…," Ana Ruiz. — a name after the quote with no verb.</summary>
    [GeneratedRegex(@"\u0001\s*,?\s*(?<subject>" + Name + @")\s*(?:[.;]|$)")]
    public static partial Regex QuoteThenName();

    [GeneratedRegex(@"\b[Aa]ccording to\s+(?<subject>" + Body + "|" + Name + ")")]
    public static partial Regex AccordingTo();

    /// <summary>
    /// A person mentioned where a clause starts, as its subject: "Sultan Ali looked …", "Another neighbour, who …,
    /// described …" (an unnamed person only where a sentence starts, so that "X, a farmer," is one mention), and after
    /// a preposition only with a role before the name ("including hairdresser Ana Ruiz who …").
    /// </summary>
    [GeneratedRegex(@"(?:(?:^|(?<=[.!?:;\u0001]\s*))(?<subject>" + Nominal + @")|(?:^|(?<=[.!?:;\u0001]\s*)|(?<=[,–—]\s+)|(?<=\b(?:and|but|as|while|when)\s+))(?:" + Role
        + @"\s+)?(?<subject>" + Name + @")|(?<=\b(?i:including|like|for|with|after)\s+)" + Role + @"\s+(?<subject>" + Name
        + @"))(?=(?<appositive>,\s+(?:a|an|the|who|also|one|\d)\b[^\u0001]{0,150}?)?(?:,?\s+\p{Ll}|\s*\u0001))")]
    public static partial Regex SubjectMention();

    /// <summary>"Port Elm, Freeland – ", "RIVERTON, Freeland (AP) — ": a dateline that opens the first paragraph.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’.\- ]{1,40}(?:,\s*\p{Lu}[\p{L}\p{M}'’.\- ]{1,40})?(?:\s*\([^)]{1,30}\))*\s+[–—-]{1,2}\s+")]
    public static partial Regex Dateline();

    [GeneratedRegex(@"^\s*(?<whom>(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3})")]
    public static partial Regex ToWhom();

    [GeneratedRegex(@"^\s*(?:in|during|on)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:statement|interview|post|speech|press release|press conference|briefing|letter|video|message|broadcast|email|e-mail|filing|tweet)\b|^\s*in\s+(?:a|an)\s+(?:\w+\s+)?filing\b")]
    public static partial Regex InWhat();

    [GeneratedRegex(@"^\s*on\s+(?<p>X|Twitter|Facebook|Instagram|Telegram|Truth Social|TikTok|Threads|Bluesky|LinkedIn|YouTube|Weibo)\b")]
    public static partial Regex OnPlatform();

    /// <summary>A social platform named in the article ("taken to the platform X", "on Twitter").</summary>
    [GeneratedRegex(@"(?:platform|on)\s+(?<p>X|Twitter|Facebook|Instagram|Telegram|Truth Social|TikTok|Threads|Bluesky|LinkedIn|YouTube|Weibo)\b")]
    public static partial Regex Platform();

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    public static partial Regex SentenceEnd();

    /// <summary>
    /// Text that ends where a name cannot be the subject of what follows: someone speaks for it ("a spokesman for ",
    /// "the lawyer of "), it is a place ("officials working in "), or it is the second of two ("Ana Ruiz and ", whose
    /// words are not one person's).
    /// </summary>
    [GeneratedRegex(@"\b(?:for|of|to|representing|behind|with|in|at|from|on|near|into|about|and)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex OnBehalfOf();

    [GeneratedRegex(@"\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex SpokespersonFor();

    /// <summary>A name that reads as a body: a word such as Commission, Ministry or Police, or an acronym.</summary>
    [GeneratedRegex(@"\b(?:Commission|Ministry|Department|Council|Committee|Agency|Office|Police|Government|Party|Court|Authority|Service|Union|Association|Company|Group|Bank|Army|Embassy|\p{Lu}{2,8})\b")]
    public static partial Regex LooksLikeBody();

    /// <summary>"Ruiz's": a name that owns what follows is not the subject.</summary>
    [GeneratedRegex(@"['’]s$")]
    public static partial Regex Possessive();

    /// <summary>"he", "She", "they": a subject that is only a pronoun.</summary>
    [GeneratedRegex(@"^\s*(?:[Hh]e|[Ss]he|[Tt]hey)\s*$")]
    public static partial Regex LonePronoun();

    /// <summary>"Jane Smith": two capitalised words in a row, a name.</summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}'’\-]+\s+\p{Lu}[\p{L}'’\-]+")]
    public static partial Regex TwoCapitalisedWords();
}
