namespace Bot.Core.Answering;

/// <summary>The weights of the ranking and the refusal threshold. Defaults are tuned on the dev set; see README.</summary>
public sealed record RankingOptions
{
    /// <summary>Below this confidence the bot refuses rather than guess.</summary>
    public double MinConfidence { get; init; } = 0.30;

    /// <summary>Weight of the index's own (max-normalised) score.</summary>
    public double ScoreWeight { get; init; } = 0.6;

    /// <summary>Weight of coverage: the share of the question's weight the passage contains.</summary>
    public double CoverageWeight { get; init; } = 0.4;

    /// <summary>Weight of the embedding similarity, when there is one.</summary>
    public double SimilarityWeight { get; init; } = 0.5;

    /// <summary>Added when the passage quotes the person the question asks about.</summary>
    public double PersonBoost { get; init; } = 0.35;

    /// <summary>Added to quote paragraphs for "who said" and "what did X say" questions.</summary>
    public double QuoteBoost { get; init; } = 0.1;

    /// <summary>Added to passages with a number for "how much / how many" questions.</summary>
    public double NumberBoost { get; init; } = 0.1;
}
