using Bot.Core.Answering;
using Bot.Host.Json;

namespace Bot.Host.Cli;

/// <summary>
/// `ask [--format text|json] "question"`: one answer; `ask --format jsonl`: one JSON line per line of standard input,
/// with the index loaded once. A blank or over-long question is a usage error (exit 2), as a missing one is; a
/// question the articles cannot answer is a refusal (exit 0).
/// </summary>
internal static class AskCommand
{
    public static async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var format = context.Line.Option("--format") ?? "text";
        var question = string.Join(' ', context.Line.Positional);
        if (format == "jsonl" && context.Line.Positional.Count > 0)
        {
            throw new ArgumentException("--format jsonl reads the questions from standard input; give no question after it");
        }

        if (format != "jsonl" && string.IsNullOrWhiteSpace(question))
        {
            throw new ArgumentException("give a question, for example: ask \"who said what?\"");
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
        if (single.Outcome == AnswerOutcome.Rejected)
        {
            throw new ArgumentException(single.Message ?? "the question cannot be asked as typed");
        }

        await context.Output.WriteAsync(format == "json"
            ? AnswerJson.From(single).Serialize() + Environment.NewLine
            : PlainTextAnswer.Render(single, context.SupportsBold));
        return 0;
    }
}
