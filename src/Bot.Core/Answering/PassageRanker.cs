using Bot.Core.Articles;

namespace Bot.Core.Answering;

/// <summary>
/// Re-ranks the index's candidates with what the question asked for (a person, a quote, narration for questions
/// about events, a number that counts the thing asked about, the consequence of an event) and turns coverage into a
/// confidence that is comparable across questions, so a weak match is refused, not presented.
/// </summary>
public sealed class PassageRanker(ArticleLibrary library, RankingOptions options)
{
    private readonly ArticleAffinity _affinity = new(library);

    /// <summary>The candidates re-ranked, best first; candidates whose paragraph is unknown are dropped.</summary>
    public IReadOnlyList<RankedPassage> Rank(AnalyzedQuestion question, IReadOnlyList<PassageCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var maxScore = Math.Max(candidates.Max(c => c.Score), 1e-9);
        var affinity = _affinity.Shares(question.SearchText.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var ranked = new List<RankedPassage>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (library.Find(candidate.ArticleId, candidate.Paragraph) is not { } paragraph)
            {
                continue;
            }

            var byPerson = question.Person is { } person && paragraph.QuotedSpeaker?.Name == person.Name;
            var score = (options.ScoreWeight * candidate.Score / maxScore) + (options.CoverageWeight * candidate.Coverage);
            if (candidate.Similarity is { } similarity)
            {
                score += options.SimilarityWeight * similarity;
            }

            if (byPerson)
            {
                score += options.PersonBoost;
            }

            score += options.ArticleWeight * affinity.GetValueOrDefault(paragraph.ArticleId);

            if (question.WantsQuote && paragraph.Kind == ParagraphKind.Quote)
            {
                score += options.QuoteBoost;
            }
            else if (!question.WantsQuote && question.Person is null && paragraph.Kind == ParagraphKind.Narration)
            {
                score += options.NarrationBoost;
            }

            // The answer type matches: the number counts what was asked about, or is the amount of money asked for.
            var counts = question.WantsNumber
                && (Quantities.Counts(paragraph.Text, question.CountedNouns) || (question.WantsMoney && Quantities.HasMoney(paragraph.Text)));
            if (question.WantsNumber && Quantities.HasNumber(paragraph.Text))
            {
                score += options.NumberBoost + (counts ? options.CountBoost : 0);
            }

            // An age for "how old", a day or date for "when": the passage holds what the question asks for. A reason
            // ("because", "in response") only leans: many answers to "why" tell what happened without one.
            var ofKind = question.Expects != AnswerKind.Any && AnswerKinds.IsIn(paragraph.Text, question.Expects);
            if (ofKind)
            {
                score += question.Expects == AnswerKind.Reason ? options.ReasonBoost : options.AnswerKindBoost;
            }

            var confidence = Confidence(candidate, byPerson || counts || (ofKind && question.Expects != AnswerKind.Reason));
            ranked.Add(new RankedPassage(paragraph, score, confidence));
        }

        // A number question's answer is the number, not what follows it ("how many were affected?").
        if (question.AsksConsequence && !question.WantsNumber)
        {
            LendToFollowers(ranked);
        }

        return ranked.OrderByDescending(r => r.Score).ToList();
    }

    /// <summary>
    /// For "why does X matter" questions: a paragraph that opens by pointing back and tells an effect ("That vote is
    /// likely to …", "This means …") tells the consequence of the paragraph before it, so it ranks just above it.
    /// </summary>
    private void LendToFollowers(List<RankedPassage> ranked)
    {
        var byParagraph = ranked.ToDictionary(r => (r.Paragraph.ArticleId, r.Paragraph.Number));
        for (var i = 0; i < ranked.Count; i++)
        {
            var follower = ranked[i];
            if (follower.Paragraph.Kind != ParagraphKind.Narration
                || !Anaphora.PointsBack(follower.Paragraph.Text)
                || !ConsequenceWords.AreIn(follower.Paragraph.Text)
                || library.Find(follower.Paragraph.ArticleId)?.ParagraphBefore(follower.Paragraph.Number) is not { } before
                || !byParagraph.TryGetValue((before.ArticleId, before.Number), out var antecedent))
            {
                continue;
            }

            ranked[i] = follower with
            {
                Score = Math.Max(follower.Score, antecedent.Score + options.ConsequenceLift),
                Confidence = Math.Max(follower.Confidence, antecedent.Confidence),
            };
        }
    }

    /// <summary>
    /// How sure the bot is, comparable across questions: the share of the question the passage covers, averaged
    /// with the embedding similarity rescaled from its off-topic floor (about 0.1 for MiniLM) to a clear match
    /// (0.6), plus a bonus when the passage is the kind of answer asked for: it quotes the person asked about, or
    /// counts what a "how many" question asks about.
    /// </summary>
    private static double Confidence(PassageCandidate candidate, bool answerTypeMatches)
    {
        const double similarityFloor = 0.1, similarityRange = 0.5, answerTypeBonus = 0.25;
        var lexical = candidate.Similarity is { } similarity
            ? (0.5 * candidate.Coverage) + (0.5 * Math.Clamp((similarity - similarityFloor) / similarityRange, 0, 1))
            : candidate.Coverage;
        return Math.Clamp(lexical + (answerTypeMatches ? answerTypeBonus : 0), 0, 1);
    }
}
