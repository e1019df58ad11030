using System.Diagnostics;
using Bot.Core.Answering;
using Bot.Search;
using Bot.Semantic;
using Bot.Testing;

namespace Bot.Benchmarks;

/// <summary>
/// Semantic answers per second with 16 questions in flight against one at a time, in process (no HTTP), through the
/// batching encoder as the host sets it up: what micro-batching gives before the web server's own costs.
/// </summary>
internal static class ConcurrencyRun
{
    private const int Answers = 480;

    public static void Run()
    {
        var questions = DevQuestions.Load();
        var counting = new CountingEncoder(new MiniLmTextEncoder(SharedModel.Folder, Environment.ProcessorCount));
        var runs = Math.Clamp(Environment.ProcessorCount, 1, 4); // the host's default Search:EncoderRuns
        using var encoder = new BatchingTextEncoder(counting, TimeSpan.FromMilliseconds(2), maxBatchSize: 8, concurrentRuns: runs);
        using var index = PassageIndexStore.InMemory(SeedArticle.Library, encoder);
        var service = new AnswerService(SeedArticle.Library, index, RankingOptions.Semantic);
        ThreadPool.SetMinThreads(Environment.ProcessorCount + (runs * 8), Environment.ProcessorCount);
        AnswersPerSecond(service, questions, 1);
        var one = AnswersPerSecond(service, questions, 1);
        counting.Sizes.Clear();
        var sixteen = AnswersPerSecond(service, questions, 16);
        Console.WriteLine("batch sizes: " + string.Join(", ", counting.Sizes.GroupBy(x => x).OrderBy(g => g.Key).Select(g => $"{g.Key}x{g.Count()}")));
        Console.WriteLine($"semantic, in process: 1 at a time {one:0} answers/s, 16 at once {sixteen:0} answers/s, ratio {sixteen / one:0.00}");
    }

    private static double AnswersPerSecond(AnswerService service, List<Question> questions, int inFlight)
    {
        var next = -1;
        var start = Stopwatch.GetTimestamp();
        Parallel.For(0, inFlight, new ParallelOptions { MaxDegreeOfParallelism = inFlight }, _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < Answers; i = Interlocked.Increment(ref next))
            {
                service.Answer(questions[i % questions.Count]);
            }
        });
        return Answers / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}

/// <summary>The encoder as the batcher calls it, recording each run's batch size.</summary>
internal sealed class CountingEncoder(ITextEncoder inner) : ITextEncoder
{
    public System.Collections.Concurrent.ConcurrentBag<int> Sizes { get; } = [];

    public int Dimensions => inner.Dimensions;

    public string Identity => inner.Identity;

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        Sizes.Add(texts.Count);
        return inner.Encode(texts);
    }
}
