using System.Diagnostics;
using Bot.Core.Answering;
using Bot.Search;
using Bot.Semantic;
using Bot.Testing;

namespace Bot.Benchmarks;

/// <summary>
/// Per-question latency: every dev question answered 50 times after a warm-up, in both modes; prints p50, p95 and
/// max over all answers. BenchmarkDotNet gives the mean; this gives the distribution a chat user feels.
/// </summary>
internal static class LatencyRun
{
    private const int Rounds = 50;

    public static void Run()
    {
        var questions = DevQuestions.Load();
        // As the host runs it: one inference uses every core. ENCODER_THREADS=1 shows the single-threaded cost.
        var threads = int.TryParse(Environment.GetEnvironmentVariable("ENCODER_THREADS"), out var t) ? t : Environment.ProcessorCount;
        foreach (var semantic in new[] { true, false })
        {
            using var encoder = semantic ? new MiniLmTextEncoder(SharedModel.Folder, threads) : null;
            using var index = PassageIndexStore.InMemory(SeedArticle.Library, encoder);
            var service = new AnswerService(SeedArticle.Library, index, semantic ? RankingOptions.Semantic : RankingOptions.Lexical);
            questions.ForEach(q => service.Answer(q));
            var samples = new List<double>(questions.Count * Rounds);
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var question in questions)
                {
                    var start = Stopwatch.GetTimestamp();
                    service.Answer(question);
                    samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }

            samples.Sort();
            if (encoder is not null)
            {
                var encoding = new List<double>();
                foreach (var question in questions.Concat(questions))
                {
                    var start = Stopwatch.GetTimestamp();
                    encoder.Encode([question.Text]);
                    encoding.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }

                encoding.Sort();
                Console.WriteLine($"encoder alone: p50 {Percentile(encoding, 0.5):0.000} ms");
                PrintBatchCost(encoder, questions);
            }

            Console.WriteLine($"semantic {(semantic ? "on " : "off")}: {samples.Count} answers, p50 {Percentile(samples, 0.5):0.000} ms, "
                + $"p95 {Percentile(samples, 0.95):0.000} ms, max {samples[^1]:0.000} ms");
        }
    }

    /// <summary>What micro-batching saves: the encoder's time per question when 1, 4, 8 or 16 questions share a run.</summary>
    private static void PrintBatchCost(ITextEncoder encoder, List<Question> questions)
    {
        var costs = new List<string>();
        foreach (var size in new[] { 1, 4, 8, 16 })
        {
            var perQuestion = new List<double>();
            for (var round = 0; round < 3; round++)
            {
                foreach (var batch in questions.Chunk(size).Where(c => c.Length == size))
                {
                    var start = Stopwatch.GetTimestamp();
                    encoder.Encode([.. batch.Select(q => q.Text)]);
                    perQuestion.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds / size);
                }
            }

            perQuestion.Sort();
            costs.Add($"{size}: {Percentile(perQuestion, 0.5):0.00} ms");
        }

        Console.WriteLine($"encoder per question (p50) by batch size: {string.Join(", ", costs)}");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
}
