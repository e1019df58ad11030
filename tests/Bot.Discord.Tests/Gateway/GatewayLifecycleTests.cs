using System.Net;
using System.Net.WebSockets;
using Bot.Testing.Live;

namespace Bot.Discord.Tests.Gateway;

/// <summary>
/// The Gateway connection against a fake Gateway on loopback: identify, heartbeat, resume after op 7 and after a
/// zombie, identify after op 9 and after a session-ending close, stop on a fatal close, close resumably at shutdown.
/// </summary>
public sealed class GatewayLifecycleTests
{
    [Fact]
    public async Task The_bot_identifies_with_its_token_intents_and_shard_then_heartbeats_with_the_last_sequence()
    {
        // Arrange
        await using var test = await GatewayTestBot.StartAsync();
        var connected = test.Time.GetUtcNow();

        // Act: the first heartbeat on the clock, then one the Gateway asks for after a dispatch (read in order).
        var (socket, identify) = await test.ConnectAsync();
        var timed = socket.ExpectAsync(1);
        await test.AdvanceUntilAsync(() => timed.IsCompleted);
        var firstBeat = test.Time.GetUtcNow() - connected;
        await socket.DispatchAsync("GUILD_CREATE", 2, """{"id":"1","unavailable":false}""");
        await socket.SendAsync("""{"op":1,"d":null}""");
        var asked = await socket.ExpectAsync(1);

        // Assert
        Assert.Equal("/gateway", socket.Path);
        Assert.Equal("?v=10&encoding=json", socket.Query);
        var d = identify.GetProperty("d");
        Assert.Equal("test-bot-token", d.GetProperty("token").GetString());
        Assert.Equal(4609, d.GetProperty("intents").GetInt32());
        Assert.Equal("[0,1]", d.GetProperty("shard").GetRawText());
        Assert.True(firstBeat >= TimeSpan.FromSeconds(45 * GatewayTestBot.Jitter), $"first heartbeat after {firstBeat}");
        Assert.Equal(1, (await timed).GetProperty("d").GetInt64());
        Assert.Equal(2, asked.GetProperty("d").GetInt64());
    }

    [Fact]
    public async Task The_bot_is_ready_only_once_the_gateway_said_READY()
    {
        // Arrange
        await using var test = await GatewayTestBot.StartAsync();
        var client = test.Bot.CreateClient();
        var socket = await test.Discord.NextConnectionAsync();
        await socket.HelloAsync();
        await socket.ExpectAsync(2);

        // Act
        var before = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        await socket.ReadyAsync(test.Discord.ResumeUrl);
        var after = await Readiness.WaitForReadyAsync(client);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Contains("discord gateway", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after);
    }

    [Fact]
    public async Task After_op_7_the_bot_resumes_on_the_resume_url_with_its_session_and_last_sequence()
    {
        // Arrange
        await using var test = await GatewayTestBot.StartAsync();
        var (socket, _) = await test.ConnectAsync();
        await socket.DispatchAsync("GUILD_CREATE", 5, """{"id":"1"}""");

        // Act
        await socket.SendAsync("""{"op":7,"d":null}""");
        var closed = await socket.Closed;
        var resumed = await test.Discord.NextConnectionAsync();
        await resumed.HelloAsync();
        var resume = await resumed.ExpectAsync(6);

        // Assert
        Assert.NotEqual(WebSocketCloseStatus.NormalClosure, closed);
        Assert.NotEqual(WebSocketCloseStatus.EndpointUnavailable, closed);
        Assert.Equal("/resume", resumed.Path);
        Assert.Equal("?v=10&encoding=json", resumed.Query);
        var d = resume.GetProperty("d");
        Assert.Equal("test-bot-token", d.GetProperty("token").GetString());
        Assert.Equal("session-1", d.GetProperty("session_id").GetString());
        Assert.Equal(5, d.GetProperty("seq").GetInt64());
        Assert.Equal(1, test.Discord.GatewayBotCalls);
    }

    [Fact]
    public async Task Metrics_show_the_connection_its_reconnects_and_resumes()
    {
        // Arrange
        await using var test = await GatewayTestBot.StartAsync();
        var (socket, _) = await test.ConnectAsync();

        // Act: op 7, then a successful resume.
        await socket.SendAsync("""{"op":7,"d":null}""");
        var resumed = await test.Discord.NextConnectionAsync();
        await resumed.HelloAsync();
        await resumed.ExpectAsync(6);
        await resumed.DispatchAsync("RESUMED", 2, "{}");
        await test.WaitUntilReadyAsync();
        var metrics = await test.Bot.CreateClient().GetStringAsync(new Uri("/metrics", UriKind.Relative));

        // Assert: the series exist (other tests' bots in this process add to the same static instruments).
        Assert.Matches("""bot_live_connections\{[^}]*platform="discord"[^}]*\} \d""", metrics);
        Assert.Matches("""bot_live_reconnects_total\{[^}]*platform="discord"[^}]*reason="resume"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""bot_live_resumes_total\{[^}]*platform="discord"[^}]*\} [1-9]""", metrics);
    }

    [Fact]
    public async Task After_op_9_false_the_bot_waits_then_identifies_a_new_session_on_the_gateway_url()
    {
        // Arrange
        await using var test = await GatewayTestBot.StartAsync();
        var (socket, _) = await test.ConnectAsync();

        // Act
        await socket.SendAsync("""{"op":9,"d":false}""");
        await socket.Closed;
        var start = test.Time.GetUtcNow();
        await test.AdvanceUntilAsync(() => test.Discord.HasNewConnection);
        var fresh = await test.Discord.NextConnectionAsync();
        await fresh.HelloAsync();
        var identify = await fresh.ExpectAsync(2);

        // Assert: not before the 3 s wait (1–5 s at jitter 0.5); the clock may run on while the bot gets there.
        Assert.Equal("/gateway", fresh.Path);
        Assert.True(test.Time.GetUtcNow() - start >= TimeSpan.FromSeconds(3));
        Assert.Equal("test-bot-token", identify.GetProperty("d").GetProperty("token").GetString());
        Assert.Equal(2, test.Discord.GatewayBotCalls);
    }

    [Fact]
    public async Task A_connection_whose_heartbeat_is_not_acknowledged_is_closed_resumably_and_resumed()
    {
        // Arrange
        await using var test = await GatewayTestBot.StartAsync();
        var (socket, _) = await test.ConnectAsync(heartbeatIntervalMs: 10_000);
        socket.AckHeartbeats = false;

        // Act: the first heartbeat goes unanswered; when the next is due the bot gives up on the connection.
        await test.AdvanceUntilAsync(() => socket.Closed.IsCompleted);
        var resumed = await test.Discord.NextConnectionAsync();
        await resumed.HelloAsync();
        var resume = await resumed.ExpectAsync(6);

        // Assert
        Assert.Equal((WebSocketCloseStatus)4000, await socket.Closed);
        Assert.Equal("session-1", resume.GetProperty("d").GetProperty("session_id").GetString());
    }

    [Theory]
    [InlineData(4000, "/resume")]
    [InlineData(4009, "/gateway")]
    public async Task A_close_from_the_gateway_resumes_or_starts_a_new_session_as_its_code_says(int code, string path)
    {
        // Arrange
        await using var test = await GatewayTestBot.StartAsync();
        var (socket, _) = await test.ConnectAsync();

        // Act
        await socket.CloseAsync(code);
        await test.AdvanceUntilAsync(() => test.Discord.HasNewConnection);
        var next = await test.Discord.NextConnectionAsync();
        await next.HelloAsync();
        var login = await next.ExpectAsync(path == "/resume" ? 6 : 2);

        // Assert
        Assert.Equal(path, next.Path);
        Assert.True(login.GetProperty("d").TryGetProperty("token", out _));
    }

    [Fact]
    public async Task After_close_code_4004_the_bot_logs_one_clear_line_and_does_not_reconnect()
    {
        // Arrange
        await using var test = await GatewayTestBot.StartAsync();
        var (socket, _) = await test.ConnectAsync();

        // Act
        await socket.CloseAsync(4004, "Authentication failed.");
        await socket.Closed;
        await WaitForLogAsync(test, "not reconnecting");
        test.Time.Advance(TimeSpan.FromMinutes(10));
        await Task.Delay(300);

        // Assert
        Assert.False(test.Discord.HasNewConnection);
        Assert.Single(test.Logs.Text.Split('\n'), l => l.Contains("4004", StringComparison.Ordinal) && l.Contains("authentication failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_refused_by_GET_gateway_bot_is_logged_once_and_not_retried()
    {
        // Arrange
        var discord = await FakeDiscordGateway.StartAsync();
        discord.RefuseToken = true;

        // Act
        await using var test = await GatewayTestBot.StartAsync(discord);
        await WaitForLogAsync(test, "refused the bot token");
        test.Time.Advance(TimeSpan.FromMinutes(10));
        await Task.Delay(300);

        // Assert
        Assert.Equal(1, discord.GatewayBotCalls);
        Assert.False(discord.HasNewConnection);
    }

    [Fact]
    public async Task Shutdown_closes_the_connection_with_a_resumable_code()
    {
        // Arrange
        var test = await GatewayTestBot.StartAsync();
        var (socket, _) = await test.ConnectAsync();

        // Act
        await test.DisposeAsync();

        // Assert: not 1000 or 1001, which would end the session.
        Assert.Equal((WebSocketCloseStatus)4000, await socket.Closed);
    }

    [Fact]
    public async Task A_quick_restart_resumes_the_session_it_kept_instead_of_identifying()
    {
        // Arrange: a bot that ran, saw sequence 7, and was shut down.
        using var folder = new Bot.Testing.TempFolder();
        var kept = new Dictionary<string, string?> { ["Discord:GatewaySessionPath"] = Path.Combine(folder.Path, "session.json") };
        var first = await GatewayTestBot.StartAsync(settings: kept);
        var (socket, _) = await first.ConnectAsync();
        await socket.DispatchAsync("GUILD_CREATE", 7, """{"id":"1"}""");
        await socket.SendAsync("""{"op":1,"d":null}""");
        await socket.ExpectAsync(1);
        await first.StopBotAsync();

        // Act: the next process starts within a few seconds.
        await using var second = await GatewayTestBot.StartAsync(first.Discord, kept);
        var resumed = await first.Discord.NextConnectionAsync();
        await resumed.HelloAsync();
        var resume = await resumed.ExpectAsync(6);

        // Assert
        Assert.Equal("/resume", resumed.Path);
        Assert.Equal("session-1", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(7, resume.GetProperty("d").GetProperty("seq").GetInt64());
        Assert.Equal(1, first.Discord.GatewayBotCalls);
        Assert.False(File.Exists(kept["Discord:GatewaySessionPath"]));
    }

    private static async Task WaitForLogAsync(GatewayTestBot test, string text)
    {
        for (var i = 0; i < 500 && !test.Logs.Text.Contains(text, StringComparison.Ordinal); i++)
        {
            await Task.Delay(20);
        }

        Assert.Contains(text, test.Logs.Text, StringComparison.Ordinal);
    }
}
