namespace Bot.Core.Answering;

/// <summary>
/// The weights of the ranking and the refusal threshold. The weights were chosen by a grid search on the dev set,
/// preferring the broad plateau over the single best point; the threshold is the midpoint between the confidence
/// of the best off-topic question and the worst answerable one (see README, "Quality").
/// </summary>
public sealed record RankingOptions
{
    /// <summary>Weights for BM25 alone.</summary>
    public static RankingOptions Lexical { get; } = new()
    {
        ScoreWeight = 1.0,
        CoverageWeight = 0.6,
        MinConfidence = 0.30,
    };

    /// <summary>Weights for BM25 fused with embedding similarity.</summary>
    public static RankingOptions Semantic { get; } = new()
    {
        ScoreWeight = 1.0,
        CoverageWeight = 0.2,
        SimilarityWeight = 2.5,
        MinConfidence = 0.38,
    };

    /// <summary>Below this confidence the bot refuses rather than guess.</summary>
    public double MinConfidence { get; init; } = 0.30;

    /// <summary>Weight of the index's own (max-normalised) score.</summary>
    public double ScoreWeight { get; init; } = 1.0;

    /// <summary>Weight of coverage: the share of the question's weight the passage contains.</summary>
    public double CoverageWeight { get; init; } = 0.6;

    /// <summary>
    /// Weight of the article's affinity to the question (<see cref="ArticleAffinity"/>), when several articles are
    /// loaded: a passage of the article the question's rare words point to ranks above a look-alike from another.
    /// </summary>
    public double ArticleWeight { get; init; } = 1.0;

    /// <summary>Weight of the embedding similarity, when there is one.</summary>
    public double SimilarityWeight { get; init; }

    /// <summary>Added when the passage quotes the person the question asks about.</summary>
    public double PersonBoost { get; init; } = 0.35;

    /// <summary>Added to quote paragraphs for "who said" and "what did X say" questions.</summary>
    public double QuoteBoost { get; init; } = 0.1;

    /// <summary>
    /// Added to the article's own narration for questions that ask about events, not about what someone said: in
    /// news, facts are told in narration and quotes carry opinion.
    /// </summary>
    public double NarrationBoost { get; init; } = 0.1;

    /// <summary>Added to passages with a number for "how much / how many" questions.</summary>
    public double NumberBoost { get; init; } = 0.2;

    /// <summary>
    /// Added on top when the number counts what a "how many X" question asks about ("three river ferries"): the answer
    /// type matches, which is the strongest sign a passage answers the question.
    /// </summary>
    public double CountBoost { get; init; } = 1.0;

    /// <summary>
    /// Added when the passage holds the kind of expression the question asks for (<see cref="AnswerKind"/>: an age
    /// for "how old", a date for "when").
    /// </summary>
    public double AnswerKindBoost { get; init; } = 1.0;

    /// <summary>Added for "why" questions when the passage gives a reason ("because", "in response", "due to").</summary>
    public double ReasonBoost { get; init; } = 0.2;

    /// <summary>
    /// How far a paragraph that points back ("That vote …") ranks above the paragraph before it, for questions
    /// about consequences; small, so it only orders the pair.
    /// </summary>
    public double ConsequenceLift { get; init; } = 0.05;
}
