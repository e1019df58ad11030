using System.Net;
using System.Text.Json;
using Bot.Core.Articles;
using Bot.Core.Pins;
using Bot.Store.Postgres;
using Bot.Testing;
using Bot.Testing.Postgres;
using Npgsql;

namespace Bot.Host.Tests;

/// <summary>
/// The scale-out path as an operator runs it: two processes of the built program with Pins__Provider=Postgres and one
/// Pins__ConnectionString, started together on one index folder; then one is killed with kill -9.
/// </summary>
[Trait("Category", "Processes")]
public sealed class PostgresReplicaProcessTests : ReplicaProcessTest
{
    [SkippableFact]
    public async Task Two_replicas_on_one_database_become_ready_and_after_kill_9_of_one_the_other_answers_and_export_holds_every_pin()
    {
        // Arrange
        var database = PostgresSkip.ServerOrSkip().CreateDatabase();
        var index = Path.Combine(Temp.Path, "index");
        using var one = ReplicaProcess.Start(Temp.Path, index, Settings(database, "bot-1"));
        using var two = ReplicaProcess.Start(Temp.Path, index, Settings(database, "bot-2"));
        var ready = await Task.WhenAll(one.WaitUntilReadyAsync(ReadyTimeout), two.WaitUntilReadyAsync(ReadyTimeout));
        Assert.True(ready.All(r => r == HttpStatusCode.OK), $"not ready: {string.Join(", ", ready)}\n{one.Output}\n{two.Output}");
        await using (var store = new PostgresPinStore(database))
        {
            await store.PinAsync(Pin("m1"), CancellationToken.None);
            await store.PinAsync(Pin("m2"), CancellationToken.None);
        }

        // Act
        one.Kill();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var answer = await two.AskAsync(http, Question);
        var (code, export) = await ChildProcess.RunAsync(Temp.Path, Settings(database, "cli"), TimeSpan.FromSeconds(60),
            Program, "pins", "export", "--seeds", RepoPaths.Seeds);

        // Assert
        Assert.Equal((true, 38), answer);
        Assert.True(code == 0, export);
        using var json = JsonDocument.Parse(export);
        Assert.Equal(["m1", "m2"], json.RootElement.EnumerateArray().Select(p => p.GetProperty("messageId").GetString()));
        Assert.Equal(4, Scalar(database, "SELECT COUNT(*) FROM schema_migrations"));
        Assert.Empty(Directory.GetFiles(Temp.Path, "*.db", SearchOption.AllDirectories));
    }

    private Dictionary<string, string> Settings(string database, string replica) => new()
    {
        ["Pins__Provider"] = "Postgres",
        ["Pins__ConnectionString"] = database,
        ["Pins__ReplicaId"] = replica,
        ["Pins__Path"] = Path.Combine(Temp.Path, replica, "pins.db"),
        ["Search__Semantic"] = "false",
    };

    private static PinRequest Pin(string messageId) => new(
        new PinKey(ChatPlatform.Slack, "C1", messageId), "T1", new PinActor("UMOD", "Ana"), DateTimeOffset.UtcNow,
        "what did mantilla say?", "\"This is a crisis\"", new Speaker("Jorge Mantilla", "analyst"), "000_f944e9963267caae", 38, "abc");

    private static long Scalar(string database, string sql)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
