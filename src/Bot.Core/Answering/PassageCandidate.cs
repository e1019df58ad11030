namespace Bot.Core.Answering;

/// <summary>A paragraph the index found, with its scores.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Paragraph">The 1-based line number in the article.</param>
/// <param name="Score">The index's own relevance score (BM25), only comparable within one query.</param>
/// <param name="Coverage">
/// The share of the query's weight (rarer words weigh more) that the paragraph, its neighbours or its speaker
/// contain, from 0 to 1. Comparable across queries, so it drives refusals.
/// </param>
/// <param name="Similarity">Cosine similarity of question and paragraph embeddings, when a semantic signal exists.</param>
public sealed record PassageCandidate(string ArticleId, int Paragraph, double Score, double Coverage, double? Similarity = null);
