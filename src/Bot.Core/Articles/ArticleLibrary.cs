namespace Bot.Core.Articles;

/// <summary>The articles the bot answers from, with the people they quote.</summary>
public sealed class ArticleLibrary
{
    private readonly Dictionary<string, Article> _byId;

    /// <summary>Creates a library over loaded articles; <paramref name="fingerprint"/> identifies the whole set.</summary>
    public ArticleLibrary(IReadOnlyList<Article> articles)
    {
        Articles = articles;
        _byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Fingerprint = ArticleParser.Fingerprint(string.Join("\n", articles.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => a.Id + ":" + a.Fingerprint)));
        People = articles
            .SelectMany(a => a.Paragraphs)
            .Where(p => p.QuotedSpeaker is not null)
            .GroupBy(p => p.QuotedSpeaker!.Name, StringComparer.Ordinal)
            .Select(g => new QuotedPerson(g.First().QuotedSpeaker!, g.ToList()))
            .OrderByDescending(p => p.Quotes.Count)
            .ThenBy(p => p.Speaker.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every article, in load order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Everyone quoted, most quoted first.</summary>
    public IReadOnlyList<QuotedPerson> People { get; }

    /// <summary>A hash over every article's text: changes whenever the seeds change.</summary>
    public string Fingerprint { get; }

    /// <summary>The article with an id, or null.</summary>
    public Article? Find(string articleId) => _byId.GetValueOrDefault(articleId);

    /// <summary>The paragraph at an article and line number, or null.</summary>
    public Paragraph? Find(string articleId, int paragraph) => Find(articleId)?.ParagraphAt(paragraph);

    /// <summary>Every paragraph of every article.</summary>
    public IEnumerable<Paragraph> AllParagraphs => Articles.SelectMany(a => a.Paragraphs);
}
