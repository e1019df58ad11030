using BenchmarkDotNet.Attributes;
using Bot.Core.Answering;
using Bot.Search;
using Bot.Semantic;
using Bot.Testing;

namespace Bot.Benchmarks;

/// <summary>One answer end to end (analysis, Lucene, embedding, ranking, highlight), averaged over the dev questions.</summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private AnswerService _service = null!;
    private LucenePassageIndex _index = null!;
    private MiniLmTextEncoder? _encoder;
    private Question[] _questions = [];

    /// <summary>With the MiniLM signal fused with BM25, or BM25 alone.</summary>
    [Params(true, false)]
    public bool Semantic { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _encoder = Semantic ? new MiniLmTextEncoder(SharedModel.Folder, Environment.ProcessorCount) : null;
        _index = PassageIndexStore.InMemory(SeedArticle.Library, _encoder);
        _service = new AnswerService(SeedArticle.Library, _index, Semantic ? RankingOptions.Semantic : RankingOptions.Lexical);
        _questions = [.. DevQuestions.Load()];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index.Dispose();
        _encoder?.Dispose();
    }

    /// <summary>Answers all 40 dev questions; reported per answer.</summary>
    [Benchmark(OperationsPerInvoke = 40)]
    public int AnswerOneQuestion()
    {
        var answered = 0;
        foreach (var question in _questions)
        {
            answered += _service.Answer(question).Answered ? 1 : 0;
        }

        return answered;
    }
}
