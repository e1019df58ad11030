using System.Text.Json;
using Bot.Core.Evaluation;
using Bot.Host.Json;

namespace Bot.Host.Cli;

/// <summary>
/// `eval FILE [--attribution KEY] [--format text|json]`: the five figures of shared/eval/README.md, the attribution-key
/// figure when a key is given, and the misses.
/// </summary>
internal static class EvalCommand
{
    public static int Run(CliContext context)
    {
        if (context.Line.Positional.Count != 1 || !File.Exists(context.Line.Positional[0]))
        {
            context.Error.WriteLine("eval: give one eval file, for example: eval ../shared/eval/dev-questions.jsonl");
            return 2;
        }

        IReadOnlyList<EvalQuestion> questions;
        try
        {
            questions = EvalSet.Parse(File.ReadLines(context.Line.Positional[0]));
        }
        catch (FormatException e)
        {
            context.Error.WriteLine($"eval: {context.Line.Positional[0]}: {e.Message}");
            return 2;
        }

        IReadOnlyList<AttributionKeyLine>? key = null;
        if (context.Line.Option("--attribution") is { } keyFile)
        {
            if (!File.Exists(keyFile))
            {
                context.Error.WriteLine($"eval: {keyFile}: no such attribution key file");
                return 2;
            }

            try
            {
                key = AttributionKey.Parse(File.ReadLines(keyFile));
            }
            catch (FormatException e)
            {
                context.Error.WriteLine($"eval: {keyFile}: {e.Message}");
                return 2;
            }
        }

        using var engine = context.LoadEngine();
        var report = Evaluator.Run(engine.Answers, questions);
        if (key is not null)
        {
            report = report with { Attribution = AttributionScorer.Run(engine.Answers, engine.Library, key) };
        }

        if (context.Line.Option("--format") == "json")
        {
            context.Output.WriteLine(JsonSerializer.Serialize(report, AnswerJson.Options));
            return 0;
        }

        context.Output.WriteLine($"questions        {report.Questions}");
        context.Output.WriteLine($"top-1            {report.Top1:0.000}");
        context.Output.WriteLine($"MRR@5            {report.Mrr5:0.000}");
        context.Output.WriteLine($"speaker accuracy {report.SpeakerAccuracy:0.000} (on top-1 hits {report.SpeakerAccuracyOnHits:0.000})");
        context.Output.WriteLine($"correct refusals {report.CorrectRefusals:0.000}");
        context.Output.WriteLine($"wrong refusals   {report.WrongRefusals:0.000}");
        if (report.Attribution is { } attribution)
        {
            context.Output.WriteLine($"attribution key  {attribution.Share:0.000} ({attribution.Right}/{attribution.Lines})");
        }

        foreach (var miss in report.Misses.Concat(report.Attribution?.Misses ?? []))
        {
            context.Output.WriteLine($"  {miss.Id} {miss.Question} → {miss.What}");
        }

        return 0;
    }
}
