namespace Bot.Host.Engine;

/// <summary>How questions are matched to paragraphs.</summary>
internal sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Fuse sentence embeddings (all-MiniLM-L6-v2) with BM25. Off: BM25 alone, for a lean deployment.</summary>
    public bool Semantic { get; set; } = true;
}
