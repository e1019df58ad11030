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

            var confidence = Math.Clamp(candidate.Coverage + (byPerson ? 0.25 : 0), 0, 1);
            ranked.Add(new RankedPassage(paragraph, score, confidence));
        }

        return ranked.OrderByDescending(r => r.Score).ToList();
    }

    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|percent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasNumber();
}
