namespace Bot.Search;

/// <summary>An opened index, and whether it had to be rebuilt (and why).</summary>
public sealed record IndexOpenResult(LucenePassageIndex Index, bool Rebuilt, string? Reason, TimeSpan Elapsed);
