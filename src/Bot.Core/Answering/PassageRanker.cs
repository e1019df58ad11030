using System.Text.RegularExpressions;
using Bot.Core.Articles;

namespace Bot.Core.Answering;

/// <summary>
/// Re-ranks the index's candidates with what the question asked for (a person, a quote, a number) and turns
/// coverage into a confidence that is comparable across questions, so a weak match is refused, not presented.
/// </summary>
public sealed partial class PassageRanker(ArticleLibrary library, RankingOptions options)
{
    /// <summary>The candidates re-ranked, best first; candidates whose paragraph is unknown are dropped.</summary>
    public IReadOnlyList<RankedPassage> Rank(AnalyzedQuestion question, IReadOnlyList<PassageCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var maxScore = Math.Max(candidates.Max(c => c.Score), 1e-9);
        var ranked = new List<RankedPassage>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (library.Find(candidate.ArticleId, candidate.Paragraph) is not { } paragraph)
            {
                continue;
            }

            var byPerson = question.Person is { } person && paragraph.Speaker?.Name == person.Name;
            var score = (options.ScoreWeight * candidate.Score / maxScore) + (options.CoverageWeight * candidate.Coverage);
            if (candidate.Similarity is { } similarity)
            {
                score += options.SimilarityWeight * similarity;
            }

            if (byPerson)
            {
                score += options.PersonBoost;
            }

            if (question.WantsQuote && paragraph.Kind == ParagraphKind.Quote)
            {
                score += options.QuoteBoost;
            }

            if (question.WantsNumber && HasNumber().IsMatch(paragraph.Text))
            {
                score += options.NumberBoost;
            }

            var confidence = Confidence(candidate, byPerson);
            ranked.Add(new RankedPassage(paragraph, score, confidence));
        }

        return ranked.OrderByDescending(r => r.Score).ToList();
    }

    /// <summary>
    /// How sure the bot is, comparable across questions: the share of the question the passage covers, averaged
    /// with the embedding similarity rescaled from its off-topic floor (about 0.1 for MiniLM) to a clear match
    /// (0.6), plus a bonus when the passage quotes the person asked about.
    /// </summary>
    private static double Confidence(PassageCandidate candidate, bool byPerson)
    {
        const double similarityFloor = 0.1, similarityRange = 0.5, personBonus = 0.25;
        var lexical = candidate.Similarity is { } similarity
            ? (0.5 * candidate.Coverage) + (0.5 * Math.Clamp((similarity - similarityFloor) / similarityRange, 0, 1))
            : candidate.Coverage;
        return Math.Clamp(lexical + (byPerson ? personBonus : 0), 0, 1);
    }

    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|percent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasNumber();
}
