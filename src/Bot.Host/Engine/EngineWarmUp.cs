using System.Diagnostics;
using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Host.Json;

namespace Bot.Host.Engine;

/// <summary>
/// Answers a few questions made from the loaded articles' own people and words, through the whole answer pipeline
/// and its JSON, before the server reports ready: a restarted server then serves its first seconds at full speed
/// instead of compiling its hot paths on its first users' questions (README, "Speed and memory").
/// </summary>
internal static class EngineWarmUp
{
    /// <summary>A bound on the warm-up, so that a slow machine cannot hold readiness back for long.</summary>
    private static readonly TimeSpan s_budget = TimeSpan.FromMilliseconds(500);

    private static readonly string[] s_questionOpenings =
        ["why", "why does it matter that", "what caused", "how many", "how much", "how long", "how old", "when did", "what time", "where"];

    /// <summary>
    /// Answers each warm-up question once, then a few two at once; returns how many it answered. Once is enough: the
    /// program compiles each method once, fully optimized (no tiered compilation, see Bot.Host.csproj).
    /// </summary>
    public static int Run(BotEngine engine)
    {
        var questions = Questions(engine.Library).Select(q => new Question(q, "warm-up")).ToList();
        var watch = Stopwatch.StartNew();
        var answered = 0;
        foreach (var question in questions.TakeWhile(_ => watch.Elapsed < s_budget))
        {
            Answer(engine, question);
            answered++;
        }

        // Two at once: a semantic engine's questions then share an encoder run, as they do under load.
        Parallel.ForEach(questions.Take(4), new ParallelOptions { MaxDegreeOfParallelism = 2 }, (question, loop) =>
        {
            if (watch.Elapsed >= s_budget)
            {
                loop.Stop();
                return;
            }

            Answer(engine, question);
            Interlocked.Increment(ref answered);
        });
        return answered;
    }

    /// <summary>
    /// The kinds of question the bot is asked (who said a quote, what someone said, an open question), filled from
    /// the library: nothing about a particular article is written here.
    /// </summary>
    public static IEnumerable<string> Questions(ArticleLibrary library)
    {
        yield return "who said what?";
        foreach (var person in library.People.Take(3))
        {
            yield return $"what did {person.Speaker.Name} say?";
            if (person.Quotes.FirstOrDefault() is { } quote)
            {
                yield return $"who said \"{string.Join(' ', quote.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))}\"?";
            }
        }

        if (library.AllParagraphs.FirstOrDefault() is { } first)
        {
            // One question of each shape the answer kinds and refusals look for, so that their patterns are compiled
            // here rather than on the first user's question of that shape (under load, many compiled at once cost a
            // JIT-compiled program, as Release builds were before they were ReadyToRun, 5-9 MB of compiler memory at
            // the peak; ReadyToRun leaves the JIT less, generic code over other assemblies' types among it).
            var words = string.Join(' ', first.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6));
            foreach (var opening in s_questionOpenings)
            {
                yield return $"{opening} {words}?";
            }
        }

        if (library.People.FirstOrDefault() is { } someone)
        {
            yield return $"what did {someone.Speaker.Name} tell reporters?";
        }

        yield return "what did nobody by this name say about anything?";
    }

    private static void Answer(BotEngine engine, Question question) =>
        _ = AnswerJson.From(engine.Answers.Answer(question)).Serialize();
}
