using Bot.Core.Answering;
using Bot.Host.Json;

namespace Bot.Host.Cli;

/// <summary>`ask [--format text|json|jsonl] "question"`: one answer, or one JSON line per stdin line (index loaded once).</summary>
internal static class AskCommand
{
    public static async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var format = context.Line.Option("--format") ?? "text";
        if (format is not ("text" or "json" or "jsonl"))
        {
            await context.Error.WriteLineAsync($"ask: unknown --format '{format}' (text, json or jsonl)");
            return 2;
        }

        var question = string.Join(' ', context.Line.Positional);
        if (format != "jsonl" && question.Length == 0)
        {
            await context.Error.WriteLineAsync("ask: give a question, for example: ask \"who said what?\"");
            return 2;
        }

        using var engine = context.LoadEngine();
        if (format == "jsonl")
        {
            while (await context.Input.ReadLineAsync(ct) is { } line)
            {
                var answer = engine.Answers.Answer(new Question(line, "cli"));
                await context.Output.WriteLineAsync(AnswerJson.From(answer).Serialize());
            }

            return 0;
        }

        var single = engine.Answers.Answer(new Question(question, "cli"));
        await context.Output.WriteAsync(format == "json" ? AnswerJson.From(single).Serialize() + Environment.NewLine : PlainTextAnswer.Render(single));
        return 0;
    }
}
