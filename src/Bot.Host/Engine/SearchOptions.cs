using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Engine;

/// <summary>How questions are matched to paragraphs.</summary>
internal sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Fuse sentence embeddings (all-MiniLM-L6-v2) with BM25. Off: BM25 alone, for a lean deployment.</summary>
    public bool Semantic { get; set; } = true;

    /// <summary>
    /// How long a question may wait for others to share its encoder run, in milliseconds, during a busy spell (a lone
    /// question after a quiet one never waits). 0 batches only questions already waiting.
    /// </summary>
    [Range(0, 100, ErrorMessage = "Search:BatchWindowMilliseconds must be between {1} and {2}.")]
    public int BatchWindowMilliseconds { get; set; } = 2;

    /// <summary>
    /// The most questions encoded in one run. Eight: a run's activations and the threads its questions hold grow with
    /// it, and 16 connections kept two runs of eight busy for about the same throughput as one of sixteen.
    /// </summary>
    [Range(1, 256, ErrorMessage = "Search:MaxBatchSize must be between {1} and {2}.")]
    public int MaxBatchSize { get; set; } = 8;

    /// <summary>Threads for one encoder run; 0 means one per core.</summary>
    [Range(0, 64, ErrorMessage = "Search:EncoderThreads must be between {1} and {2}.")]
    public int EncoderThreads { get; set; }

    /// <summary>
    /// How many encoder runs (batches) may go at once; 0 means one per core, at most four. A run of this small model
    /// keeps about one core busy, so on two cores two runs side by side encode 1.2–1.4× as many questions as one.
    /// </summary>
    [Range(0, 64, ErrorMessage = "Search:EncoderRuns must be between {1} and {2}.")]
    public int EncoderRuns { get; set; }

    public TimeSpan BatchWindow => TimeSpan.FromMilliseconds(BatchWindowMilliseconds);

    public int Threads => EncoderThreads > 0 ? EncoderThreads : Environment.ProcessorCount;

    public int Runs => EncoderRuns > 0 ? EncoderRuns : Math.Clamp(Environment.ProcessorCount, 1, 4);
}
