using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Net;
using Bot.Slack.Tests.Fakes;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Tests.Host;

/// <summary>
/// The 64 KiB limit over real HTTP (Kestrel on loopback, since only a real server de-chunks): it counts the body,
/// not its chunk framing, and a refusal is one Information line, not an error with a stack trace.
/// </summary>
public sealed class SlackChunkedBodyTests : SlackHostTest
{
    // A body slower than 100 bytes a second, after two seconds' grace, is refused with 408 (Kestrel's own check).
    public SlackChunkedBodyTests() => App.UseKestrel(kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(100, TimeSpan.FromSeconds(2)));

    [Fact]
    public async Task A_61817_byte_command_sent_in_100_byte_chunks_is_accepted()
    {
        // Arrange
        using var client = App.CreateClient();
        var body = CommandOfLength(61_817);

        // Act
        using var response = await SendChunkedAsync(client, body);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await App.Slack.WaitForAsync("chat.postMessage");
    }

    [Fact]
    public async Task A_chunked_body_over_64_KiB_is_a_413_logged_as_one_information_line()
    {
        // Arrange
        using var client = App.CreateClient();

        // Act
        using var response = await SendChunkedAsync(client, CommandOfLength(70_000));

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain(App.Logs.Entries, e => e.Level >= LogLevel.Error || e.Error is not null);
        Assert.Contains(App.Logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("413", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_sent_too_slowly_is_a_408_logged_as_one_information_line()
    {
        // Arrange: a raw connection that promises 1,000 bytes and sends 10.
        using var client = App.CreateClient();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(client.BaseAddress!.Host, client.BaseAddress.Port);
        var stream = tcp.GetStream();
        var head = $"POST /slack/commands HTTP/1.1\r\nHost: {client.BaseAddress.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ncommand=%2F";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        // Act
        var buffer = new byte[4096];
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var read = await stream.ReadAsync(buffer, deadline.Token);
        var status = Encoding.ASCII.GetString(buffer, 0, read);

        // Assert
        Assert.StartsWith("HTTP/1.1 408", status, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Logs.Entries, e => e.Level >= LogLevel.Error || e.Error is not null);
        Assert.Contains(App.Logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("408", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> SendChunkedAsync(HttpClient client, string body)
    {
        var request = SlackSignedRequest.Create("/slack/commands", body, "application/x-www-form-urlencoded", DateTimeOffset.UtcNow);
        request.Content = new ChunkedContent(body, 100, "application/x-www-form-urlencoded").Typed();
        return client.SendAsync(request);
    }

    /// <summary>A signed-able /ask body padded (in the ignored channel_name) to exactly <paramref name="length"/> bytes.</summary>
    private static string CommandOfLength(int length)
    {
        var body = SlackSignedRequest.FormBody(SlackPayloads.Command(Question));
        var padding = length - body.Length - "&pad=".Length;
        return body + "&pad=" + new string('x', padding).ToString(CultureInfo.InvariantCulture);
    }
}
