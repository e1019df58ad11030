namespace Bot.Core.Evaluation;

/// <summary>The five figures of an eval run, plus speaker accuracy on top-1 hits and the misses for tuning.</summary>
public sealed record EvalReport(
    int Questions,
    double Top1,
    double Mrr5,
    double SpeakerAccuracy,
    double SpeakerAccuracyOnHits,
    double CorrectRefusals,
    double WrongRefusals,
    IReadOnlyList<EvalMiss> Misses);

/// <summary>A question the bot got wrong, and how.</summary>
public sealed record EvalMiss(string Id, string Question, string What);
