using Bot.Core.Articles;

namespace Bot.Core.Answering;

/// <summary>
/// The path of a question: read it (<see cref="QuestionAnalyzer"/>), search the index, re-rank
/// (<see cref="PassageRanker"/>), then answer with the best passage and its attribution, or refuse with the two
/// closest passages as suggestions when the best is too weak.
/// </summary>
public sealed class AnswerService : IAnswerService
{
    /// <summary>How many candidates the index returns for re-ranking.</summary>
    private const int CandidateCount = 30;

    private readonly ArticleLibrary _library;
    private readonly IPassageSearch _search;
    private readonly QuestionAnalyzer _analyzer;
    private readonly PassageRanker _ranker;
    private readonly RankingOptions _options;

    /// <summary>Creates the service over a library and the index built from it.</summary>
    public AnswerService(ArticleLibrary library, IPassageSearch search, RankingOptions? options = null)
    {
        _library = library;
        _search = search;
        _options = options ?? new RankingOptions();
        _analyzer = new QuestionAnalyzer(library);
        _ranker = new PassageRanker(library, _options);
    }

    /// <inheritdoc />
    public Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default) =>
        Task.FromResult(Answer(question));

    /// <summary>Answers synchronously: the work is in memory and takes well under a millisecond.</summary>
    public Answer Answer(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Reject(question, "Ask a question about the article, for example: who said what about the story?");
        }

        if (text.Length > Question.MaxLength)
        {
            return Reject(question, $"That question is {text.Length} characters long; please keep it under {Question.MaxLength}.");
        }

        var ranked = Rank(text, out var analyzed);
        if (ranked.Count == 0 || analyzed.NamesUnknownPerson || ranked[0].Confidence < _options.MinConfidence || LacksTheNumber(analyzed, ranked[0]) || LacksTheCause(analyzed, ranked[0]))
        {
            return NotFound(question, ranked);
        }

        var best = ranked[0];
        var paragraph = best.Paragraph;
        var article = _library.Find(paragraph.ArticleId)!;
        return new Answer(
            question,
            AnswerOutcome.Answered,
            paragraph.Text,
            Highlighter.Best(paragraph.Text, analyzed.SearchText),
            paragraph.Speaker,
            paragraph.Attribution.HowSaid,
            SourceOf(article),
            article.Id,
            paragraph.Number,
            Math.Round(best.Confidence, 3),
            ranked.Skip(1).Take(2).Select(Alternative).ToList(),
            null)
        {
            Verbatim = paragraph.Attribution.Verbatim,
            UnnamedSpeaker = paragraph.Attribution.UnnamedSpeaker,
        };
    }

    /// <summary>
    /// "How much does it cost" answered by a passage with no amount of money (or, for "how much have costs gone up",
    /// no number at all), or "how many" by a passage with no number: the passage matches the question's words, not
    /// what it asks for. Other number questions are left to the confidence threshold: "how often" or "how much
    /// warning" are answered in words.
    /// </summary>
    private static bool LacksTheNumber(AnalyzedQuestion question, RankedPassage best) =>
        (question.WantsMoney && !Quantities.HasMoney(best.Paragraph.Text)
            && (!question.AsksChange || !Quantities.HasNumber(best.Paragraph.Text)))
        || (question.AsksHowMany && question.Expects != AnswerKind.Duration && !Quantities.HasQuantity(best.Paragraph.Text));

    /// <summary>"What caused the fire?" answered by a passage that gives no cause: it only tells of the fire.</summary>
    private static bool LacksTheCause(AnalyzedQuestion question, RankedPassage best) =>
        question.AsksCause && !AnswerKinds.IsIn(best.Paragraph.Text, AnswerKind.Reason);

    /// <summary>The ranked passages for a question, best first: for the eval's MRR and for suggestions.</summary>
    public IReadOnlyList<RankedPassage> Rank(string text, out AnalyzedQuestion analyzed)
    {
        analyzed = _analyzer.Analyze(text);
        if (analyzed.SearchText.Length == 0 && analyzed.Person is null)
        {
            return [];
        }

        var query = new PassageQuery(analyzed.SearchText, analyzed.Person?.Name, analyzed.Cleaned);
        return _ranker.Rank(analyzed, _search.Search(query, CandidateCount));
    }

    /// <summary>The person a name or description points to ("munoz", "the press secretary"), or null.</summary>
    public QuotedPerson? FindPerson(string nameOrDescription) => PersonFinder.Find(_library, nameOrDescription);

    /// <summary>The article's citation: outlet (or "the article"), date, title and URL.</summary>
    public static ArticleSource SourceOf(Article article) =>
        new(article.OutletOrDefault, article.Metadata.Published, article.Metadata.Title, article.Metadata.Url);

    private static Answer NotFound(Question question, IReadOnlyList<RankedPassage> ranked) =>
        new Answer(question, AnswerOutcome.NotFound, null, null, null, null, null, null, null,
            ranked.Count > 0 ? Math.Round(ranked[0].Confidence, 3) : 0, ranked.Take(2).Select(Alternative).ToList(), Core.Answering.Answer.NotFoundMessage)
        {
            Verbatim = false,
        };

    private static Answer Reject(Question question, string message) =>
        new(question, AnswerOutcome.Rejected, null, null, null, null, null, null, null, 0, [], message) { Verbatim = false };

    private static AnswerAlternative Alternative(RankedPassage r) =>
        new(r.Paragraph.Text, r.Paragraph.Speaker, r.Paragraph.ArticleId, r.Paragraph.Number);
}
