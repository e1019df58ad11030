namespace Bot.Search;

/// <summary>The analyzed terms of one paragraph, kept in memory to measure how much of a query it covers.</summary>
internal sealed record PassageTerms(string ArticleId, int Paragraph, HashSet<string> Own, HashSet<string> Context);
