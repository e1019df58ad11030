using Bot.Core.Answering;

namespace Bot.Core.Evaluation;

/// <summary>Scores the bot on an eval set as shared/eval/README.md defines: top-1, MRR@5, speaker accuracy, refusals.</summary>
public static class Evaluator
{
    /// <summary>Runs every question through the answer service and scores the results.</summary>
    public static EvalReport Run(AnswerService service, IReadOnlyList<EvalQuestion> questions)
    {
        var answerable = questions.Where(q => !q.NoAnswer).ToList();
        var outOfScope = questions.Where(q => q.NoAnswer).ToList();
        var misses = new List<EvalMiss>();
        double top1 = 0, reciprocal = 0, wrongRefusals = 0, correctRefusals = 0;
        int speakerAsked = 0, speakerRight = 0, speakerOnHits = 0, speakerOnHitsRight = 0;
        foreach (var q in answerable)
        {
            var answer = service.Answer(new Question(q.Question, "eval"));
            var ranked = service.Rank(q.Question, out _);
            if (!answer.Answered)
            {
                wrongRefusals++;
                misses.Add(new EvalMiss(q.Id, q.Question, "refused"));
                continue;
            }

            var hit = IsHit(answer.Quote!, answer.ArticleId, q);
            top1 += hit ? 1 : 0;
            var rank = ranked.Take(5).Select((r, i) => (r, i)).FirstOrDefault(x => IsHit(x.r.Paragraph.Text, x.r.Paragraph.ArticleId, q)).i;
            reciprocal += ranked.Take(5).Any(r => IsHit(r.Paragraph.Text, r.Paragraph.ArticleId, q)) ? 1.0 / (rank + 1) : 0;
            if (!hit)
            {
                misses.Add(new EvalMiss(q.Id, q.Question, $"top-1 was ¶{answer.Paragraph}: {Shorten(answer.Quote!)}"));
            }

            if (q.ScoresSpeaker)
            {
                var right = q.AcceptableSpeakers.Any(expected => SameSpeaker(answer.Speaker?.Name, expected));
                speakerAsked++;
                speakerRight += right ? 1 : 0;
                if (hit)
                {
                    speakerOnHits++;
                    speakerOnHitsRight += right ? 1 : 0;
                }

                if (!right)
                {
                    var expected = string.Join(" or ", q.AcceptableSpeakers.Select(e => e ?? "the outlet"));
                    misses.Add(new EvalMiss(q.Id, q.Question, $"speaker was {answer.Speaker?.Name ?? "the outlet"}, expected {expected}"));
                }
            }
        }

        foreach (var q in outOfScope)
        {
            var answer = service.Answer(new Question(q.Question, "eval"));
            if (answer.Answered)
            {
                misses.Add(new EvalMiss(q.Id, q.Question, $"answered (confidence {answer.Confidence:0.00}) instead of refusing"));
            }
            else
            {
                correctRefusals++;
            }
        }

        static double Share(double n, int of) => of == 0 ? 0 : Math.Round(n / of, 3);
        return new EvalReport(
            questions.Count,
            Share(top1, answerable.Count),
            Share(reciprocal, answerable.Count),
            Share(speakerRight, speakerAsked),
            Share(speakerOnHitsRight, speakerOnHits),
            Share(correctRefusals, outOfScope.Count),
            Share(wrongRefusals, answerable.Count),
            misses);
    }

    /// <summary>
    /// A passage is a hit when it contains any expected string, compared with the same folding on both sides, and
    /// comes from the question's article when the set names one.
    /// </summary>
    public static bool IsHit(string passage, string? articleId, EvalQuestion question)
    {
        if (question.Article is { } article && !string.Equals(Path.GetFileNameWithoutExtension(article), articleId, StringComparison.Ordinal))
        {
            return false;
        }

        var folded = TextFolding.Fold(passage);
        return question.Contains.Any(c => folded.Contains(TextFolding.Fold(c), StringComparison.Ordinal));
    }

    /// <summary>Names compared ignoring case and accents; null (the article's own words) matches only null.</summary>
    public static bool SameSpeaker(string? actual, string? expected) =>
        actual is null || expected is null ? actual is null && expected is null : TextFolding.Fold(actual) == TextFolding.Fold(expected);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79] + "…";
}
