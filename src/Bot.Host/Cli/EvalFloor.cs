using System.Globalization;
using Bot.Core.Evaluation;

namespace Bot.Host.Cli;

/// <summary>
/// A bound on one eval figure, from `eval --min top1=0.9` (a floor) or `--max wrong_refusals=0.05` (a ceiling). CI keeps
/// its bounds in .ci/eval-floors; a figure that misses its bound makes `eval` exit with code 1.
/// </summary>
internal sealed record EvalFloor(string Figure, bool IsCeiling, double Bound)
{
    /// <summary>The figures by name, as `eval --format json` and the README call them.</summary>
    private static readonly Dictionary<string, Func<EvalReport, double>> s_figures = new(StringComparer.Ordinal)
    {
        ["top1"] = r => r.Top1,
        ["mrr"] = r => r.Mrr5,
        ["speaker"] = r => r.SpeakerAccuracy,
        ["speaker_on_hits"] = r => r.SpeakerAccuracyOnHits,
        ["correct_refusals"] = r => r.CorrectRefusals,
        ["wrong_refusals"] = r => r.WrongRefusals,

        // The attribution-key figure, with --attribution KEY (0 without one, so a floor on it then fails).
        ["attribution"] = r => r.Attribution?.Share ?? 0,
    };

    /// <summary>Reads "figure=number"; anything else throws <see cref="ArgumentException"/> saying what is allowed.</summary>
    public static EvalFloor Parse(string text, bool isCeiling)
    {
        var option = isCeiling ? "--max" : "--min";
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !s_figures.ContainsKey(parts[0]))
        {
            throw new ArgumentException($"{option} takes FIGURE=NUMBER with FIGURE one of {string.Join(", ", s_figures.Keys)}, not '{text}'");
        }

        return double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var bound) && bound is >= 0 and <= 1
            ? new EvalFloor(parts[0], isCeiling, bound)
            : throw new ArgumentException($"{option} {parts[0]}= takes a number from 0 to 1, not '{parts[1]}'");
    }

    public double Actual(EvalReport report) => s_figures[Figure](report);

    public bool Holds(EvalReport report) => IsCeiling ? Actual(report) <= Bound : Actual(report) >= Bound;

    /// <summary>"floor top1 ≥ 0.680: 0.710 ok" or "… FAILED".</summary>
    public string Describe(EvalReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"{(IsCeiling ? "ceiling" : "floor")} {Figure} {(IsCeiling ? "≤" : "≥")} {Bound:0.000}: {Actual(report):0.000} {(Holds(report) ? "ok" : "FAILED")}");
}
