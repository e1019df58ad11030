using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>Paragraphs that open by pointing back at the one before: "That vote …", "This means …", "It …".</summary>
public static partial class Anaphora
{
    /// <summary>True when the paragraph's first word refers to something the previous paragraph told.</summary>
    public static bool PointsBack(string paragraph) => Opening().IsMatch(paragraph);

    /// <remarks>Time openers ("This week, …", "That night …", "It was in May that …") point at the calendar instead.</remarks>
    [GeneratedRegex(@"^\W*(?:That|This|These|Those|Such|It)\b(?!\s+(?:week|weekend|month|year|morning|afternoon|evening|night|day|time|spring|summer|autumn|fall|winter|season|was\s+(?:in|on|not|only|after|before|during|then))\b)")]
    private static partial Regex Opening();
}
