namespace Bot.Host.Tests;

/// <summary>
/// The real program refusing what it does not understand: exit code 2, the problem on the first line, then the usage;
/// the web server starts only when asked to (`serve`, or no arguments at all).
/// </summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly ProgramRun _run = new();

    public void Dispose() => _run.Dispose();

    public static TheoryData<string[], string> Mistakes => new()
    {
        { ["aks", "who is petro?"], "aks: unknown verb 'aks'" },
        { ["--urls", "http://127.0.0.1:0"], "--urls: unknown verb '--urls'" },
        { ["ask", "--fromat", "json", "who is petro?"], "ask: unknown option --fromat" },
        { ["ask", "who is petro?", "--format"], "ask: option --format needs a value" },
        { ["ask", "--format", "xml", "who is petro?"], "ask: unknown --format 'xml' (text, json, jsonl)" },
        { ["ask", "--format", "jsonl", "who is petro?"], "ask: --format jsonl reads the questions from standard input; give no question after it" },
        { ["ask", ""], "ask: give a question, for example: ask \"who said what?\"" },
        { ["ask", "   "], "ask: give a question, for example: ask \"who said what?\"" },
        { ["ask", "--semantic", "maybe", "who?"], "ask: --semantic takes on or off, not 'maybe'" },
        { ["eval", "nosuch.jsonl"], "eval: file not found: nosuch.jsonl" },
        { ["eval"], "eval: give one eval file, for example: eval eval/dev-questions.jsonl" },
        { ["eval", "nosuch.jsonl", "--format", "xml"], "eval: unknown --format 'xml' (text, json)" },
        { ["speakers", "--format", "json"], "speakers: unknown option --format" },
        { ["serve", "--bogus", "1"], "serve: unknown option --bogus" },
        { ["serve", "now"], "serve: unexpected word 'now' (serve takes only options)" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_mistake_on_the_command_line_is_refused_with_the_usage(string[] args, string problem)
    {
        // Act
        var (code, lines) = await _run.RunAsync(new Dictionary<string, string>(), args);

        // Assert
        Assert.Equal(2, code);
        Assert.Equal(problem, lines[0]);
        Assert.Equal("Usage: Bot.Host [verb] [options]", lines[1]);
        Assert.Empty(_run.Created());
    }

    [Fact]
    public async Task An_over_long_question_is_refused_like_an_empty_one()
    {
        // Act
        var (code, lines) = await _run.RunAsync(new Dictionary<string, string>(), "ask", "--semantic", "off", new string('x', 5000));

        // Assert
        Assert.Equal(2, code);
        Assert.Contains(lines, l => l.StartsWith("ask: ", StringComparison.Ordinal) && l.Contains("characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_eval_figure_is_refused()
    {
        // Arrange
        File.WriteAllText(Path.Combine(_run.Folder.Path, "q.jsonl"), "");

        // Act
        var (code, lines) = await _run.RunAsync(new Dictionary<string, string>(), "eval", "q.jsonl", "--min", "top5=0.9");

        // Assert
        Assert.Equal(2, code);
        Assert.StartsWith("eval: --min takes FIGURE=NUMBER with FIGURE one of top1, mrr,", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_attribution_key_is_refused()
    {
        // Arrange
        File.WriteAllText(Path.Combine(_run.Folder.Path, "q.jsonl"), "");

        // Act
        var (code, lines) = await _run.RunAsync(new Dictionary<string, string>(), "eval", "q.jsonl", "--attribution", "nosuch.jsonl");

        // Assert
        Assert.Equal(2, code);
        Assert.Equal("eval: attribution key file not found: nosuch.jsonl", lines[0]);
    }
}
