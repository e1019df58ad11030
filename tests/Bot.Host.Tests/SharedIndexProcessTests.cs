using System.Net;
using Bot.Testing;

namespace Bot.Host.Tests;

/// <summary>
/// Replicas as separate processes of the built program on one index folder: starting together on a fresh folder, and
/// serving while another process rebuilds it. The index folder's own locking and switching is tested with threads in
/// Bot.Search.Tests' SharedIndexFolderTests.
/// </summary>
[Trait("Category", "Processes")]
public sealed class SharedIndexProcessTests : ReplicaProcessTest
{
    private string Index => Path.Combine(Temp.Path, "index");

    [Fact]
    public async Task Two_replicas_started_together_on_one_fresh_index_folder_both_become_ready_and_answer()
    {
        // Arrange: the operator's case, with the semantic model (the default): two replicas, one new index folder.
        using var one = ReplicaProcess.Start(Temp.Path, Index, Pins("one"));
        using var two = ReplicaProcess.Start(Temp.Path, Index, Pins("two"));

        // Act
        var ready = await Task.WhenAll(one.WaitUntilReadyAsync(ReadyTimeout), two.WaitUntilReadyAsync(ReadyTimeout));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var answers = new[] { await one.AskAsync(http, Question), await two.AskAsync(http, Question) };

        // Assert: both ready, one built the index and the other loaded that build.
        Assert.True(ready[0] == HttpStatusCode.OK, $"the first replica is not ready ({ready[0]}):\n{one.Output}");
        Assert.True(ready[1] == HttpStatusCode.OK, $"the second replica is not ready ({ready[1]}):\n{two.Output}");
        Assert.All(answers, a => Assert.Equal((true, 38), a));
        var outputs = one.Output + two.Output;
        Assert.DoesNotContain("Cannot load the articles", outputs, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(outputs, "; index rebuilt in "));
        Assert.Equal(1, Occurrences(outputs, "; index loaded in "));
    }

    [Fact]
    public async Task A_replica_keeps_answering_while_another_process_rebuilds_the_index_and_a_new_replica_loads_it()
    {
        // Arrange: a serving replica (BM25 only, for speed) over a built index.
        var (built, output) = await ChildProcess.RunAsync(Temp.Path, TimeSpan.FromSeconds(120),
            Program, "index", "--semantic", "off", "--seeds", RepoPaths.Seeds, "--index", Index);
        Assert.True(built == 0, output);
        using var serving = ReplicaProcess.Start(Temp.Path, Index, Lexical("serving"));
        Assert.Equal(HttpStatusCode.OK, await serving.WaitUntilReadyAsync(ReadyTimeout));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var stop = new CancellationTokenSource();
        var asking = Task.Run(async () =>
        {
            var answers = new List<(bool, int?)>();
            while (!stop.IsCancellationRequested)
            {
                answers.Add(await serving.AskAsync(http, Question));
                await Task.Delay(50);
            }

            return answers;
        });

        // Act: another process rebuilds the folder three times while the replica answers; then a second replica starts.
        for (var i = 0; i < 3; i++)
        {
            var (code, rebuild) = await ChildProcess.RunAsync(Temp.Path, TimeSpan.FromSeconds(120),
                Program, "index", "--semantic", "off", "--seeds", RepoPaths.Seeds, "--index", Index);
            Assert.True(code == 0, rebuild);
        }

        using var joining = ReplicaProcess.Start(Temp.Path, Index, Lexical("joining"));
        var joined = await joining.WaitUntilReadyAsync(ReadyTimeout);
        await stop.CancelAsync();
        var answered = await asking;

        // Assert
        Assert.NotEmpty(answered);
        Assert.All(answered, a => Assert.Equal((true, 38), a));
        Assert.True(joined == HttpStatusCode.OK, joining.Output);
        Assert.Equal((true, 38), await joining.AskAsync(http, Question));
        Assert.Contains("; index loaded in ", joining.Output, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Pins(string replica) => new() { ["Pins__Path"] = Path.Combine(Temp.Path, replica, "pins.db") };

    /// <summary>BM25 only, for speed, and a rate limit the test's stream of questions stays under.</summary>
    private Dictionary<string, string> Lexical(string replica) =>
        new(Pins(replica)) { ["Search__Semantic"] = "false", ["RateLimit__QuestionsPerWindow"] = "10000" };

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
