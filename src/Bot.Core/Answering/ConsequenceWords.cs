using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>
/// How news tells what follows from an event: modals and verbs of effect or cause ("is likely to deteriorate",
/// "could cost", "means", "sparked", "gives … an edge"). A paragraph that points back without them ("That
/// argument is older than the city") is not a consequence.
/// </summary>
public static partial class ConsequenceWords
{
    /// <summary>True when the text tells an effect or a prospect.</summary>
    public static bool AreIn(string text) => Cue().IsMatch(text);

    /// <remarks>Case matters: "May" and "Will" are a month and a name, "may" and "will" are modals.</remarks>
    [GeneratedRegex(@"\b(?:will|would|could|might|may|can|likely|unlikely|means?|meaning|threat\w*|risk\w*|lead(?:s|ing)?\s+to|led\s+to|result\w*|cost\w*|hurt\w*|damag\w*|weaken\w*|deepen\w*|worsen\w*|deteriorat\w*|undermin\w*|boost\w*|strengthen\w*|erod\w*|jeopardi[sz]\w*|so\s+that|therefore|consequen\w*|impact\w*|affect\w*|caus\w*|spark\w*|prompt\w*|trigger\w*|fuel\w*|galvani[sz]\w*|push\w*|drove|brought|give[sn]?|gave|giving|enabl\w*|allow\w*|prevent\w*|credited)\b")]
    private static partial Regex Cue();
}
