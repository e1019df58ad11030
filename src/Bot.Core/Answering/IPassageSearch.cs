namespace Bot.Core.Answering;

/// <summary>The full-text index of the articles' paragraphs (Lucene in production).</summary>
public interface IPassageSearch
{
    /// <summary>The best-matching paragraphs for a query, best first, at most <paramref name="limit"/>.</summary>
    /// <remarks>The query's text is plain words: implementations must never parse it as query syntax.</remarks>
    IReadOnlyList<PassageCandidate> Search(PassageQuery query, int limit);
}
