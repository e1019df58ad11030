using Bot.Core.Articles;

namespace Bot.Core.Answering;

/// <summary>
/// Which article a question is about, when several are loaded: each article scores the rarity (inverse article
/// frequency) of the question's words it holds anywhere, so "was okonjo a big name politician" points to the one
/// article that names Okonjo even when the passage that answers says "the lawmaker".
/// </summary>
public sealed class ArticleAffinity
{
    private readonly IReadOnlyList<(string Id, HashSet<string> Words)> _articles;
    private readonly Dictionary<string, int> _articleFrequency = new(StringComparer.Ordinal);

    /// <summary>Indexes every article's words.</summary>
    public ArticleAffinity(ArticleLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        _articles = library.Articles
            .Select(a => (a.Id, a.Paragraphs.SelectMany(p => TextFolding.Words(p.Text)).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        foreach (var word in _articles.SelectMany(a => a.Words))
        {
            _articleFrequency[word] = _articleFrequency.GetValueOrDefault(word) + 1;
        }
    }

    /// <summary>
    /// Each article's share of the best article's score for these words, from 0 to 1; empty when one article is loaded
    /// or the words tell no article apart.
    /// </summary>
    public IReadOnlyDictionary<string, double> Shares(IEnumerable<string> questionWords)
    {
        if (_articles.Count < 2)
        {
            return new Dictionary<string, double>();
        }

        var words = questionWords.Distinct(StringComparer.Ordinal).ToList();
        var scores = _articles.ToDictionary(
            a => a.Id,
            a => words.Where(a.Words.Contains).Sum(w => Math.Log((double)_articles.Count / _articleFrequency[w])));
        var best = scores.Values.Max();
        return best <= 0 ? new Dictionary<string, double>() : scores.ToDictionary(s => s.Key, s => s.Value / best);
    }
}
