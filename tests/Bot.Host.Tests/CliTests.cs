using System.Text.Json;
using Bot.Host.Cli;
using Bot.Testing;

namespace Bot.Host.Tests;

/// <summary>The CLI verbs, run in-process against the repository's seeds and a temporary index.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempFolder _index = new();

    public void Dispose() => _index.Dispose();

    /// <summary>Runs a verb with lexical search (fast); the semantic mode has its own test.</summary>
    private Task<(int Code, string Out, string Err)> Run(string stdin, params string[] args) =>
        RunWith(stdin, [.. args, "--semantic", "off"]);

    private async Task<(int Code, string Out, string Err)> RunWith(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var all = args.Concat(["--seeds", RepoPaths.Seeds, "--index", _index.Path]).ToArray();
        var code = await CliRunner.RunAsync(all, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task I_can_ask_a_question_and_read_the_cited_quote()
    {
        // Act
        var (code, output, _) = await Run("", "ask", "what did guzman say about petro's miscalculation?");

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("it backfired badly because Petro made a big miscalculation", output, StringComparison.Ordinal);
        Assert.Contains("— Sergio Guzmán, a political analyst", output, StringComparison.Ordinal);
        Assert.Contains("Al Jazeera · 4 Feb 2025 · ¶13", output, StringComparison.Ordinal);
        Assert.DoesNotContain("**", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task I_can_ask_with_the_semantic_signal_and_it_is_stored_with_the_index()
    {
        // Act
        var (code, output, error) = await RunWith("", "ask", "--semantic", "on", "--format", "json", "why did the us cut aid to colombia?");

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("Rebuilding the index", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Bot.Search.PassageIndexStore.CurrentBuild(_index.Path)!, "vectors.bin")));
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(36, doc.RootElement.GetProperty("paragraph").GetInt32());
    }

    [Fact]
    public async Task I_can_ask_for_json_with_every_key()
    {
        // Act
        var (code, output, _) = await Run("", "ask", "--format", "json", "what did mantilla tell al jazeera about the crisis?");

        // Assert
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        string[] keys = ["question", "answered", "quote", "highlight", "speaker", "attribution", "source", "article", "paragraph", "confidence", "alternatives", "verbatim", "unnamedSpeaker"];
        Assert.All(keys, k => Assert.True(root.TryGetProperty(k, out _), k));
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.True(root.GetProperty("verbatim").GetBoolean());
        Assert.Equal("Jorge Mantilla", root.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("2025-02-04", root.GetProperty("source").GetProperty("published").GetString());
        Assert.Equal("Al Jazeera", root.GetProperty("source").GetProperty("outlet").GetString());
        Assert.Equal(38, root.GetProperty("paragraph").GetInt32());
        Assert.Equal("000_f944e9963267caae", root.GetProperty("article").GetString());
    }

    [Fact]
    public async Task I_can_stream_questions_as_jsonl_in_order()
    {
        // Act
        var (code, output, _) = await Run("who won the super bowl?\nleavitt\n" + new string('x', 600) + "\n", "ask", "--format", "jsonl");

        // Assert
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.False(lines[0].GetProperty("answered").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("quote").ValueKind);
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("speaker").ValueKind);
        Assert.Equal("Karoline Leavitt", lines[1].GetProperty("speaker").GetProperty("name").GetString());
        Assert.Contains("characters", lines[2].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task I_can_rebuild_the_index_and_see_counts()
    {
        // Act
        var (code, output, _) = await Run("", "index");

        // Assert
        Assert.Equal(0, code);
        Assert.Matches(@"Indexed 1 article\(s\), 53 paragraphs, 16 quotes, 6 speakers .* in \d+\.\d\d s\.", output);
    }

    [Fact]
    public async Task I_can_list_the_speakers()
    {
        // Act
        var (code, output, _) = await RunWith("", "speakers");

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("Will Freeman — a fellow for Latin America studies at the Council on Foreign Relations, a think tank (3 quotes", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task I_can_score_the_dev_set_as_json()
    {
        // Act
        var (code, output, _) = await Run("", "eval", RepoPaths.DevQuestions, "--format", "json");

        // Assert
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(40, doc.RootElement.GetProperty("questions").GetInt32());
        Assert.True(doc.RootElement.GetProperty("top1").GetDouble() > 0.5);
    }

    [Fact]
    public async Task I_can_hold_the_eval_figures_to_floors_and_see_which_one_fails()
    {
        // Act: a floor the lexical bot clears (top-1 0.886) and one it does not.
        var (passCode, _, passErr) = await Run("", "eval", RepoPaths.DevQuestions, "--min", "top1=0.8", "--max", "wrong_refusals=0.05");
        var (failCode, _, failErr) = await Run("", "eval", RepoPaths.DevQuestions, "--min", "top1=0.99", "--min", "mrr=0.5");

        // Assert
        Assert.Equal(0, passCode);
        Assert.Contains("eval: floor top1 ≥ 0.800: 0.886 ok", passErr, StringComparison.Ordinal);
        Assert.Contains("eval: ceiling wrong_refusals ≤ 0.050: 0.000 ok", passErr, StringComparison.Ordinal);
        Assert.Equal(1, failCode);
        Assert.Contains("eval: floor top1 ≥ 0.990: 0.886 FAILED", failErr, StringComparison.Ordinal);
        Assert.Contains("eval: floor mrr ≥ 0.500: 0.924 ok", failErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_against_the_wrong_seeds_warns_that_the_expected_passages_are_missing()
    {
        // Arrange: the dev set is written for the seed article, not for a held-out one.
        var heldOut = Path.Combine(RepoPaths.Root, "tests", "heldout", "a", "seeds");
        var output = new StringWriter();
        var error = new StringWriter();

        // Act
        var code = await CliRunner.RunAsync(
            ["eval", RepoPaths.DevQuestions, "--seeds", heldOut, "--index", _index.Path, "--semantic", "off"], new StringReader(""), output, error);

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("eval: warning: 35 of 35 answerable questions expect a passage that is in none of the articles loaded from", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_against_its_own_seeds_gives_no_warning()
    {
        // Act
        var (code, _, error) = await Run("", "eval", RepoPaths.DevQuestions);

        // Assert
        Assert.Equal(0, code);
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_seeds_folder_is_a_clear_error()
    {
        // Arrange
        using var empty = new TempFolder();
        var error = new StringWriter();

        // Act
        var code = await CliRunner.RunAsync(["ask", "anything", "--seeds", empty.Path], new StringReader(""), new StringWriter(), error);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("holds no *.txt article", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_refused()
    {
        // Act
        var (code, _, err) = await Run("", "ask", "--format", "xml", "tariffs");

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("unknown --format", err, StringComparison.Ordinal);
    }
}
