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

            var hit = IsHit(answer.Quote!, q);
            top1 += hit ? 1 : 0;
            var rank = ranked.Take(5).Select((r, i) => (r, i)).FirstOrDefault(x => IsHit(x.r.Paragraph.Text, q)).i;
            reciprocal += ranked.Take(5).Any(r => IsHit(r.Paragraph.Text, q)) ? 1.0 / (rank + 1) : 0;
            if (!hit)
            {
                misses.Add(new EvalMiss(q.Id, q.Question, $"top-1 was ¶{answer.Paragraph}: {Shorten(answer.Quote!)}"));
            }

            if (q.Speaker is not null)
            {
                var right = answer.Speaker is { } s && TextFolding.Fold(s.Name) == TextFolding.Fold(q.Speaker);
                speakerAsked++;
                speakerRight += right ? 1 : 0;
                if (hit)
                {
                    speakerOnHits++;
                    speakerOnHitsRight += right ? 1 : 0;
                }

                if (!right)
                {
                    misses.Add(new EvalMiss(q.Id, q.Question, $"speaker was {answer.Speaker?.Name ?? "the outlet"}, expected {q.Speaker}"));
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

    /// <summary>A passage is a hit when it contains any expected string, compared with the same folding on both sides.</summary>
    public static bool IsHit(string passage, EvalQuestion question)
    {
        var folded = TextFolding.Fold(passage);
        return question.Contains.Any(c => folded.Contains(TextFolding.Fold(c), StringComparison.Ordinal));
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79] + "…";
}
