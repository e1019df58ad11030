using Bot.Core.Answering;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Bot.Search;

/// <summary>
/// Searches the paragraphs with BM25. The question is analyzed into terms and built into a query by hand, never
/// parsed, so "?", "*", "AND", quotes, "~", ":", "\" and emoji are just text. A term the articles never use is
/// replaced by the closest one they do (typos: "recieve" → "receive").
/// </summary>
public sealed class LucenePassageIndex : IPassageSearch, IDisposable
{
    /// <summary>Weights of the fields in the query: the paragraph itself counts most.</summary>
    private const float TextBoost = 1f, SpeakerBoost = 0.6f, ContextBoost = 0.3f, PersonBoost = 2f;

    /// <summary>
    /// Weight of two neighbouring question words found close together in a paragraph (within <see cref="PairSlop"/>
    /// moves): proximity, the signal BM25 alone lacks. Chosen on every development set at once: 0.3 against 0.5 and
    /// 1.0, the same on the real articles and better on the held-out sets.
    /// </summary>
    private const float PairBoost = 0.3f;

    private const int PairSlop = 2;

    /// <summary>A term found only in a neighbouring paragraph counts this much toward coverage.</summary>
    private const double ContextCoverage = 0.5;

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly FoldingEnglishAnalyzer _analyzer = new();
    private readonly Dictionary<int, PassageTerms> _termsByDoc = [];
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);

    /// <summary>Typo corrections already worked out: the vocabulary is fixed for the life of the index.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _corrections = new(StringComparer.Ordinal);

    /// <summary>How many typo corrections are remembered.</summary>
    private const int MaxCachedCorrections = 10_000;

    /// <summary>A match read in context counts a little less than a match of the paragraph alone.</summary>
    private const double InContextDiscount = 0.9;

    /// <summary>How many paragraphs the semantic signal adds beyond the lexical hits.</summary>
    private const int SemanticCandidates = 10;

    private readonly ITextEncoder? _encoder;
    private readonly PassageVectors? _vectors;

    /// <summary>Opens an index in a directory; the directory is owned and disposed by this object.</summary>
    /// <param name="directory">The Lucene directory.</param>
    /// <param name="encoder">The sentence encoder for the semantic signal, or null for lexical search only.</param>
    /// <param name="vectors">The paragraphs' embeddings from the same encoder; required with an encoder.</param>
    internal LucenePassageIndex(Lucene.Net.Store.Directory directory, ITextEncoder? encoder = null, PassageVectors? vectors = null)
    {
        _directory = directory;
        _encoder = encoder;
        _vectors = encoder is null ? null : vectors ?? throw new ArgumentNullException(nameof(vectors));
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        LoadTerms();
    }

    /// <summary>How many paragraphs the index holds.</summary>
    public int Count => _reader.NumDocs;

    /// <summary>True when a semantic signal is fused with BM25.</summary>
    public bool IsSemantic => _encoder is not null;

    /// <inheritdoc />
    public IReadOnlyList<PassageCandidate> Search(PassageQuery query, int limit)
    {
        var sequence = _analyzer.Terms(PassageFields.Text, query.Text).Select(Correct).ToList();
        var terms = sequence.Distinct(StringComparer.Ordinal).ToList();
        var boolean = new BooleanQuery();
        foreach (var term in terms)
        {
            boolean.Add(Boosted(new TermQuery(new Term(PassageFields.Text, term)), TextBoost), Occur.SHOULD);
            boolean.Add(Boosted(new TermQuery(new Term(PassageFields.Speaker, term)), SpeakerBoost), Occur.SHOULD);
            boolean.Add(Boosted(new TermQuery(new Term(PassageFields.Context, term)), ContextBoost), Occur.SHOULD);
        }

        // Words the question puts side by side ("monthly inflation") count more where the paragraph does too.
        foreach (var (first, second) in sequence.Zip(sequence.Skip(1)).Where(p => p.First != p.Second).Distinct())
        {
            var phrase = new PhraseQuery { Slop = PairSlop };
            phrase.Add(new Term(PassageFields.Text, first));
            phrase.Add(new Term(PassageFields.Text, second));
            boolean.Add(Boosted(phrase, PairBoost), Occur.SHOULD);
        }

        if (query.SpeakerName is { } speaker)
        {
            boolean.Add(Boosted(new TermQuery(new Term(PassageFields.SpeakerId, speaker)), PersonBoost), Occur.SHOULD);
        }

        var similarities = Similarities(query);
        if (boolean.Clauses.Count == 0 && similarities is null)
        {
            return [];
        }

        var weights = terms.ToDictionary(t => t, Idf, StringComparer.Ordinal);
        var total = weights.Values.Sum();
        var scores = new Dictionary<int, double>();
        if (boolean.Clauses.Count > 0)
        {
            foreach (var hit in _searcher.Search(boolean, Math.Max(1, limit)).ScoreDocs)
            {
                scores[hit.Doc] = hit.Score;
            }
        }

        // The semantic signal brings in paragraphs that share no word with the question ("cut" and "reduced").
        if (similarities is not null)
        {
            foreach (var (doc, _) in similarities.OrderByDescending(s => s.Value).Take(SemanticCandidates))
            {
                scores.TryAdd(doc, 0);
            }
        }

        var results = new List<PassageCandidate>(scores.Count);
        foreach (var (doc, score) in scores)
        {
            var passage = _termsByDoc[doc];
            var covered = terms.Sum(t => weights[t] * (passage.Own.Contains(t) ? 1 : passage.Context.Contains(t) ? ContextCoverage : 0));
            results.Add(new PassageCandidate(passage.ArticleId, passage.Paragraph, score, total > 0 ? covered / total : 0, similarities?.GetValueOrDefault(doc)));
        }

        return results.OrderByDescending(r => r.Score).ThenByDescending(r => r.Similarity).ToList();
    }

    /// <summary>Cosine similarity of the question with every paragraph, or null without a semantic signal.</summary>
    private Dictionary<int, double>? Similarities(PassageQuery query)
    {
        var text = query.Question ?? query.Text;
        if (_encoder is null || _vectors is null || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var question = _encoder.Encode([text])[0];
        var similarities = new Dictionary<int, double>(_termsByDoc.Count);
        foreach (var (doc, passage) in _termsByDoc)
        {
            if (_vectors.Find(passage.ArticleId, passage.Paragraph) is { } vectors)
            {
                similarities[doc] = Math.Max(Dot(question, vectors.Own), InContextDiscount * Dot(question, vectors.InContext));
            }
        }

        return similarities;
    }

    private static double Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    /// <summary>BM25's idf; a term no paragraph uses weighs the most, so unknown words lower coverage.</summary>
    private double Idf(string term)
    {
        var n = (double)_reader.NumDocs;
        var df = _vocabulary.GetValueOrDefault(term);
        return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
    }

    /// <summary>A term the articles use is kept; an unknown one becomes the most common term within its typo allowance.</summary>
    private string Correct(string term)
    {
        if (_vocabulary.ContainsKey(term) || term.Length < 4 || term.Any(char.IsDigit))
        {
            return term;
        }

        if (_corrections.TryGetValue(term, out var known))
        {
            return known;
        }

        // Bounded: anyone can type new words, and the cache must not grow with them.
        var closest = ClosestKnown(term);
        if (_corrections.Count < MaxCachedCorrections)
        {
            _corrections[term] = closest;
        }

        return closest;
    }

    private string ClosestKnown(string term)
    {
        var allowed = TextFolding.TyposAllowed(term.Length);
        return _vocabulary
            .Where(v => v.Key.Length >= 4 && TextFolding.Distance(v.Key, term, allowed) <= allowed)
            .OrderBy(v => TextFolding.Distance(v.Key, term, allowed))
            .ThenByDescending(v => v.Value)
            .Select(v => v.Key)
            .FirstOrDefault() ?? term;
    }

    private void LoadTerms()
    {
        var liveDocs = MultiFields.GetLiveDocs(_reader);
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc))
            {
                continue;
            }

            var stored = _reader.Document(doc);
            var own = _analyzer.Terms(PassageFields.Text, stored.Get(PassageFields.Text) + " " + stored.Get(PassageFields.Speaker)).ToHashSet(StringComparer.Ordinal);
            _termsByDoc[doc] = new PassageTerms(
                stored.Get(PassageFields.Article),
                stored.GetField(PassageFields.Paragraph).GetInt32Value() ?? 0,
                own,
                []);
            foreach (var term in own)
            {
                _vocabulary[term] = _vocabulary.GetValueOrDefault(term) + 1;
            }
        }

        // Neighbours' terms are the terms of the paragraphs before and after in the same article.
        var ordered = _termsByDoc.Values.OrderBy(p => p.ArticleId, StringComparer.Ordinal).ThenBy(p => p.Paragraph).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            foreach (var j in new[] { i - 1, i + 1 })
            {
                if (j >= 0 && j < ordered.Count && ordered[j].ArticleId == ordered[i].ArticleId)
                {
                    ordered[i].Context.UnionWith(ordered[j].Own);
                }
            }
        }
    }
}
