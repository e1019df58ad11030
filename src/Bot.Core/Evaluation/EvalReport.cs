namespace Bot.Core.Evaluation;

/// <summary>
/// The five figures of an eval run, plus speaker accuracy on top-1 hits, the misses for tuning and, when a key was
/// given, the attribution-key figure.
/// </summary>
public sealed record EvalReport(
    int Questions,
    double Top1,
    double Mrr5,
    double SpeakerAccuracy,
    double SpeakerAccuracyOnHits,
    double CorrectRefusals,
    double WrongRefusals,
    IReadOnlyList<EvalMiss> Misses,
    AttributionReport? Attribution = null);

/// <summary>A question the bot got wrong, and how.</summary>
public sealed record EvalMiss(string Id, string Question, string What);
