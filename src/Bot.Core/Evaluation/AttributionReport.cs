namespace Bot.Core.Evaluation;

/// <summary>How many quote lines of a key, asked verbatim, came back as themselves with the key's speaker.</summary>
/// <param name="Lines">The key's lines.</param>
/// <param name="Right">Lines answered by themselves with the right speaker.</param>
/// <param name="Share">Right ÷ lines, rounded to three places.</param>
/// <param name="Misses">What went wrong on each other line.</param>
public sealed record AttributionReport(int Lines, int Right, double Share, IReadOnlyList<EvalMiss> Misses);
