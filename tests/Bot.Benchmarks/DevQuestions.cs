using Bot.Core.Answering;
using Bot.Core.Evaluation;
using Bot.Testing;

namespace Bot.Benchmarks;

/// <summary>The 40 dev questions (eval/dev-questions.jsonl), as the benchmarks ask them.</summary>
internal static class DevQuestions
{
    public static List<Question> Load() =>
        EvalSet.Parse(File.ReadLines(RepoPaths.DevQuestions)).Select(q => new Question(q.Question, "bench")).ToList();
}
