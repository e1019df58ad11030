using Bot.Core.Answering;
using Bot.Core.Articles;

namespace Bot.Core.Evaluation;

/// <summary>
/// Scores attribution end to end: each quote line of the key is asked verbatim, and counts only when the answer is
/// that very line, credited to the key's speaker (null, an unnamed speaker, included).
/// </summary>
public static class AttributionScorer
{
    /// <summary>Asks every key line and compares the answers with the key.</summary>
    public static AttributionReport Run(AnswerService service, ArticleLibrary library, IReadOnlyList<AttributionKeyLine> key)
    {
        var misses = new List<EvalMiss>();
        var right = 0;
        foreach (var line in key)
        {
            var id = $"{line.ArticleId}:{line.Line}";
            if (library.Find(line.ArticleId, line.Line) is not { } paragraph)
            {
                misses.Add(new EvalMiss(id, "", "no such line in the loaded articles"));
                continue;
            }

            // A long paragraph is asked by its opening, as a person pasting it into a chat box would be cut off.
            var asked = paragraph.Text.Length <= Question.MaxLength ? paragraph.Text : paragraph.Text[..Question.MaxLength];
            var answer = service.Answer(new Question(asked, "eval"));
            var what = answer switch
            {
                { Answered: false } => "refused",
                _ when answer.ArticleId != line.ArticleId || answer.Paragraph != line.Line => $"answered by {answer.ArticleId}:{answer.Paragraph}",
                _ when !Evaluator.SameSpeaker(answer.Speaker?.Name, line.Speaker) =>
                    $"credited to {answer.Speaker?.Name ?? "nobody"}, expected {line.Speaker ?? "nobody"}",
                _ => null,
            };
            if (what is null)
            {
                right++;
            }
            else
            {
                misses.Add(new EvalMiss(id, Shorten(paragraph.Text), what));
            }
        }

        return new AttributionReport(key.Count, right, key.Count == 0 ? 0 : Math.Round((double)right / key.Count, 3), misses);
    }

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..69] + "…";
}
