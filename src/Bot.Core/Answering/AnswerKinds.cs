using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>
/// Reads the kind of answer a question asks for (<see cref="AnswerKind"/>) and whether a passage holds an expression
/// of that kind. These are the answer types of classic question answering, written for English news: they name no
/// article's words.
/// </summary>
public static partial class AnswerKinds
{
    /// <summary>The kind of answer the question (folded: lowercase, no accents) asks for.</summary>
    public static AnswerKind Of(string folded) =>
        HowOld().IsMatch(folded) ? AnswerKind.Age
        : HowLong().IsMatch(folded) ? AnswerKind.Duration
        : WhatTime().IsMatch(folded) ? AnswerKind.ClockTime
        : When().IsMatch(folded) ? AnswerKind.Date
        : AsksCause(folded) || Why().IsMatch(folded) ? AnswerKind.Reason
        : AnswerKind.Any;

    /// <summary>
    /// True for "what caused …", "what led to …": the answer is a cause, so a passage that gives none cannot answer.
    /// Not "why": a why question is as often answered by what happened as by a stated reason.
    /// </summary>
    public static bool AsksCause(string folded) => WhatCaused().IsMatch(folded);

    /// <summary>True when the text holds an expression of the kind; always true for <see cref="AnswerKind.Any"/>.</summary>
    public static bool IsIn(string text, AnswerKind kind) => kind switch
    {
        AnswerKind.Age => Age().IsMatch(text),
        AnswerKind.Duration => Duration().IsMatch(text),
        AnswerKind.ClockTime => ClockTime().IsMatch(text),
        AnswerKind.Date => Date().IsMatch(text) || ClockTime().IsMatch(text),
        AnswerKind.Reason => Reason().IsMatch(text),
        _ => true,
    };

    [GeneratedRegex(@"\bhow\s+old\b|\bwhat\s+age\b")]
    private static partial Regex HowOld();

    [GeneratedRegex(@"\bhow\s+long\b|\bhow\s+much\s+(?:time|warning|notice)\b|\bhow\s+many\s+(?:years|months|weeks|days|hours|minutes)\b")]
    private static partial Regex HowLong();

    [GeneratedRegex(@"\bwhat\s+time\b|\bat\s+what\s+hour\b")]
    private static partial Regex WhatTime();

    /// <summary>
    /// "when did …", "what day", "which month": a question that starts a clause with "when" and an auxiliary, not
    /// "what did she say when …", where "when" only sets the scene.
    /// </summary>
    [GeneratedRegex(@"(?:^|[,;]\s*|\b(?:so|and|but)\s+)when\s+(?:did|does|do|is|are|was|were|will|would|can|could|should|has|have|had)\b|\b(?:what|which)\s+(?:day|date|month|year|week)\b|\bon\s+what\s+day\b")]
    private static partial Regex When();

    [GeneratedRegex(@"\bwhat\s+(?:\w+\s+)?(?:caused|causes|cause|triggered|sparked|prompted|led\s+to|is\s+behind|was\s+behind|drove|drives|is\s+driving)\b")]
    private static partial Regex WhatCaused();

    [GeneratedRegex(@"^\s*(?:so\s+)?why\b")]
    private static partial Regex Why();

    /// <summary>Connectives that give a reason; not "since" or "as", which as often tell time.</summary>
    [GeneratedRegex(@"\b(?:because|due\s+to|caused|causing|cause\s+of|the\s+result\s+of|as\s+a\s+result\s+of|owing\s+to|thanks\s+to|driven\s+by|aggravated\s+by|fu?elled\s+by|sparked|triggered|started\s+by|set\s+off\s+by|attributed\s+to|blamed|linked\s+to|the\s+reason|so\s+that|in\s+order\s+to|in\s+response)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();

    private const string Number = @"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

    [GeneratedRegex(@"\baged\s+(?:between\s+)?\d+|\b(?:" + Number + @"|an?)(?:-|\s)(?:years?|months?|weeks?)(?:-|\s)old\b|\bage\s+of\s+\d+|\bin\s+(?:his|her|their)\s+(?:(?:early|mid|late)-?\s*)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0s)\b|(?-i:\p{Lu}[\p{L}'’\-]+),\s*\d{1,3}\s*,", RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    [GeneratedRegex(@"(?<!\b(?:once|twice|per|\d+)\s+)\b(?:" + Number + @"|an?|several|few|many|some|a\s+couple\s+of|\d+\s+(?:or|to)\s+\d+)\s+(?:more\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)|nights?)\b(?!\s+(?:after|before|later|earlier)\b)|\b\d+-(?:hour|day|week|month|year)\b|\bfor\s+(?:years|months|weeks|days|hours|decades|centuries)\b|\b(?:since|for)\s+(?:19|20)\d\d\b|\ball\s+(?:day|night|week)\b|\bovernight\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|\b\d{1,2}:\d\d\b|\b(?:noon|midday|midnight|o'clock)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Feb|Apr|Aug|Sept?|Oct|Nov|Dec)\b(?!-)|\b(?:in|on)\s+May\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b(?:yesterday|today|tomorrow|tonight)\b|\b(?:last|next|this|earlier\s+this|later\s+this)\s+(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)\b|\b(?:in|since|by|until|from|of|before|after|during)\s+(?:19|20)\d\d\b")]
    private static partial Regex Date();
}
