using System.Text.Json;
using Bot.Core.Articles;
using Bot.Core.Evaluation;
using Bot.Host.Json;

namespace Bot.Host.Cli;

/// <summary>
/// `eval FILE [--attribution KEY] [--format text|json] [--min FIGURE=N]... [--max FIGURE=N]...`: the five figures of
/// eval/README.md, the attribution-key figure when a key is given, and the misses; exit 1 when a figure misses its bound.
/// </summary>
internal static class EvalCommand
{
    private const int MissingIdsShown = 8;

    public static int Run(CliContext context)
    {
        if (context.Line.Positional.Count != 1)
        {
            throw new ArgumentException("give one eval file, for example: eval eval/dev-questions.jsonl");
        }

        var file = context.Line.Positional[0];
        if (!File.Exists(file))
        {
            throw new ArgumentException($"file not found: {file}");
        }

        List<EvalFloor> floors =
        [
            .. context.Line.Options("--min").Select(text => EvalFloor.Parse(text, isCeiling: false)),
            .. context.Line.Options("--max").Select(text => EvalFloor.Parse(text, isCeiling: true)),
        ];
        IReadOnlyList<EvalQuestion> questions;
        try
        {
            questions = EvalSet.Parse(File.ReadLines(file));
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"{file}: {e.Message}", e);
        }

        var key = ReadAttributionKey(context.Line.Option("--attribution"));
        using var engine = context.LoadEngine();
        WarnAboutMissingPassages(context, engine.Library, questions);
        var report = Evaluator.Run(engine.Answers, questions);
        if (key is not null)
        {
            report = report with { Attribution = AttributionScorer.Run(engine.Answers, engine.Library, key) };
        }

        if (context.Line.Option("--format") == "json")
        {
            context.Output.WriteLine(JsonSerializer.Serialize(report, AnswerJson.Options));
        }
        else
        {
            WriteText(context.Output, report);
        }

        foreach (var floor in floors)
        {
            context.Error.WriteLine($"eval: {floor.Describe(report)}");
        }

        return floors.All(f => f.Holds(report)) ? 0 : 1;
    }

    /// <summary>The attribution key of --attribution, or null without it; a missing or malformed file is a usage error.</summary>
    private static IReadOnlyList<AttributionKeyLine>? ReadAttributionKey(string? file)
    {
        if (file is null)
        {
            return null;
        }

        if (!File.Exists(file))
        {
            throw new ArgumentException($"attribution key file not found: {file}");
        }

        try
        {
            return AttributionKey.Parse(File.ReadLines(file));
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"{file}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Eval against the wrong seeds scores 0 without saying why: name the questions whose expected passages are in
    /// none of the loaded articles.
    /// </summary>
    private static void WarnAboutMissingPassages(CliContext context, ArticleLibrary library, IReadOnlyList<EvalQuestion> questions)
    {
        var answerable = questions.Where(q => !q.NoAnswer && q.Contains.Count > 0).ToList();
        var missing = answerable
            .Where(q => !library.AllParagraphs.Any(p => Evaluator.IsHit(p.Text, p.ArticleId, q)))
            .Select(q => q.Id)
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var shown = string.Join(", ", missing.Take(MissingIdsShown)) + (missing.Count > MissingIdsShown ? ", …" : "");
        context.Error.WriteLine(
            $"eval: warning: {missing.Count} of {answerable.Count} answerable questions expect a passage that is in none of "
            + $"the articles loaded from {context.SeedsFolder} ({shown}); are these the seeds the set was written for?");
    }

    private static void WriteText(TextWriter output, EvalReport report)
    {
        output.WriteLine($"questions        {report.Questions}");
        output.WriteLine($"top-1            {report.Top1:0.000}");
        output.WriteLine($"MRR@5            {report.Mrr5:0.000}");
        output.WriteLine($"speaker accuracy {report.SpeakerAccuracy:0.000} (on top-1 hits {report.SpeakerAccuracyOnHits:0.000})");
        output.WriteLine($"correct refusals {report.CorrectRefusals:0.000}");
        output.WriteLine($"wrong refusals   {report.WrongRefusals:0.000}");
        if (report.Attribution is { } attribution)
        {
            output.WriteLine($"attribution key  {attribution.Share:0.000} ({attribution.Right}/{attribution.Lines})");
        }

        foreach (var miss in report.Misses.Concat(report.Attribution?.Misses ?? []))
        {
            output.WriteLine($"  {miss.Id} {miss.Question} → {miss.What}");
        }
    }
}
