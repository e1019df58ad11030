using BenchmarkDotNet.Attributes;
using Bot.Core.Articles;
using Bot.Search;
using Bot.Semantic;
using Bot.Testing;

namespace Bot.Benchmarks;

/// <summary>Building the index for the seeds from scratch, as the `index` verb does, into a temporary folder.</summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private string _folder = "";

    /// <summary>With the paragraphs' embeddings (model load included), or Lucene alone.</summary>
    [Params(true, false)]
    public bool Semantic { get; set; }

    [IterationSetup]
    public void Setup() => _folder = Directory.CreateTempSubdirectory("bot-bench-").FullName;

    [IterationCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Loads the seeds, loads the model (semantic), writes Lucene files and vectors.</summary>
    [Benchmark]
    public int BuildIndex()
    {
        var library = SeedFolderLoader.Load(RepoPaths.Seeds).Library;
        using var encoder = Semantic ? new MiniLmTextEncoder(SharedModel.Folder, Environment.ProcessorCount) : null;
        PassageIndexStore.Build(_folder, library, encoder);
        return library.Articles.Count;
    }
}
