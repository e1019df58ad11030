using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>Paragraphs that open by pointing back at the one before: "That split …", "This means …", "It …".</summary>
public static partial class Anaphora
{
    /// <summary>True when the paragraph's first word refers to something the previous paragraph told.</summary>
    public static bool PointsBack(string paragraph) => Opening().IsMatch(paragraph);

    [GeneratedRegex(@"^\W*(?:That|This|These|Those|Such|It)\b")]
    private static partial Regex Opening();
}
