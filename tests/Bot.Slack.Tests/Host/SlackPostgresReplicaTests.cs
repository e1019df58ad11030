using System.Globalization;
using System.Net;
using Bot.Slack.Tests.Fakes;
using Bot.Testing;
using Bot.Testing.Postgres;
using Npgsql;

namespace Bot.Slack.Tests.Host;

/// <summary>
/// Two replicas of the bot on one PostgreSQL pinboard (Pins:Provider=Postgres) behind one Slack app: what one records
/// the other sees, and what Slack delivers twice is handled once, whichever replica each delivery reaches.
/// </summary>
public sealed class SlackPostgresReplicaTests : IDisposable
{
    private const string Question = "why did trump threaten tariffs?";
    private const int Moderators = 4;

    private readonly TempFolder _data = new();
    private readonly FakeSlackApi _slack = new() { KeepsPins = true };
    private readonly List<SlackAppFactory> _started = [];
    private string? _database;

    public void Dispose()
    {
        foreach (var replica in _started)
        {
            replica.Dispose();
        }

        _data.Dispose();
    }

    [SkippableFact]
    public async Task A_pin_made_through_one_replica_is_listed_by_ask_pinned_on_the_other_and_no_SQLite_file_is_written()
    {
        // Arrange
        var (one, two) = Replicas();
        var value = await AskForPinButtonAsync(one);

        // Act: pinned through the first replica, listed through the second.
        using var pin = await one.SendAsync(SlackSignedRequest.Form("/slack/interactions", SlackPayloads.Click("pin_answer", value, "UMOD0", null), DateTimeOffset.UtcNow));
        await _slack.WaitForAsync("chat.update");
        using var list = await two.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command("pinned"), DateTimeOffset.UtcNow));
        var replies = await _slack.WaitForAsync(SlackCall.ResponseUrl);

        // Assert
        var text = BlockText.Of(Assert.Single(replies).Json.GetProperty("blocks"));
        Assert.Contains("25-percent tariffs", text, StringComparison.Ordinal);
        Assert.Contains("📌 <@UMOD0>", text, StringComparison.Ordinal);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM pins"));
        Assert.False(File.Exists(Path.Combine(_data.Path, "pins.db")), "no SQLite pinboard beside a PostgreSQL one");
    }

    [SkippableFact]
    public async Task Four_moderators_pinning_one_message_through_both_replicas_at_once_leave_one_record()
    {
        // Arrange
        var (one, two) = Replicas();
        var value = await AskForPinButtonAsync(one);

        // Act
        await Task.WhenAll(Enumerable.Range(0, Moderators).Select(async i =>
        {
            var user = "UMOD" + i.ToString(CultureInfo.InvariantCulture);
            using var ack = await (i % 2 == 0 ? one : two).SendAsync(
                SlackSignedRequest.Form("/slack/interactions", SlackPayloads.Click("pin_answer", value, user, null), DateTimeOffset.UtcNow));
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }));
        await Task.WhenAll(_started.Select(r => r.WaitUntilIdleAsync(TimeSpan.FromSeconds(60))));

        // Assert
        Assert.Equal(1, Count("SELECT COUNT(*) FROM pins"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM pins WHERE unpinned_at IS NULL"));
    }

    [SkippableFact]
    public async Task A_Slack_event_delivered_to_one_replica_and_its_retry_to_the_other_is_answered_once()
    {
        // Arrange: one event, its first delivery and Slack's retry signed a second apart (two distinct signatures).
        var (one, two) = Replicas();
        var mention = SlackPayloads.Mention("EvShared1", "<@UBOT> " + Question);
        using var first = SlackSignedRequest.Json("/slack/events", mention, DateTimeOffset.UtcNow.AddSeconds(-1));
        using var retry = SlackSignedRequest.Json("/slack/events", mention, DateTimeOffset.UtcNow);
        retry.Headers.Add("X-Slack-Retry-Num", "1");
        retry.Headers.Add("X-Slack-Retry-Reason", "http_timeout");

        // Act
        using var ackOne = await one.SendAsync(first);
        using var ackTwo = await two.SendAsync(retry);
        await Task.WhenAll(_started.Select(r => r.WaitUntilIdleAsync(TimeSpan.FromSeconds(60))));

        // Assert
        Assert.Equal(HttpStatusCode.OK, ackOne.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ackTwo.StatusCode);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM replay_claims WHERE key = 'slack:event:EvShared1'"));
    }

    /// <summary>Two replicas on one new database, each with its own index folder; skipped where PostgreSQL is not installed.</summary>
    private (HttpClient One, HttpClient Two) Replicas()
    {
        _database = PostgresSkip.ServerOrSkip().CreateDatabase();
        var clients = Enumerable.Range(1, 2).Select(n =>
        {
            var replica = new SlackAppFactory(_slack)
                .With("Pins:Provider", "Postgres")
                .With("Pins:ConnectionString", _database)
                .With("Pins:ReplicaId", "bot-" + n.ToString(CultureInfo.InvariantCulture))
                .With("Pins:Path", Path.Combine(_data.Path, "pins.db"));
            for (var i = 0; i < Moderators; i++)
            {
                replica.With($"Slack:ModeratorUserIds:{i + 1}", "UMOD" + i.ToString(CultureInfo.InvariantCulture));
            }

            _started.Add(replica);
            return replica.CreateClient();
        }).ToArray();
        return (clients[0], clients[1]);
    }

    private async Task<string> AskForPinButtonAsync(HttpClient client)
    {
        using var ask = await client.SendAsync(SlackSignedRequest.Form("/slack/commands", SlackPayloads.Command(Question), DateTimeOffset.UtcNow));
        var blocks = (await _slack.WaitForAsync("chat.postMessage"))[0].Json.GetProperty("blocks");
        return SlackPayloads.ButtonValue(blocks, "pin_answer");
    }

    private long Count(string sql)
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
