using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Bot.Testing.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Slack.Tests.SocketMode;

/// <summary>
/// Slack's Socket Mode on loopback, over real HTTP and WebSockets (Kestrel): <c>POST /api/apps.connections.open</c>
/// hands out a fresh single-use <c>ws://…/link/?ticket=N</c> and records the token it was asked with; each
/// connection opened there is a <see cref="FakeSocketModeConnection"/> for the test to drive.
/// </summary>
public sealed class FakeSocketModeServer : IAsyncDisposable
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private readonly WebApplication _app;
    private readonly Channel<FakeSocketModeConnection> _connections = Channel.CreateUnbounded<FakeSocketModeConnection>();
    private readonly ConcurrentQueue<string?> _openCalls = new();

    private FakeSocketModeServer(WebApplication app) => _app = app;

    public required Uri BaseUrl { get; init; }

    /// <summary>Slack:ApiBaseUrl for the bot.</summary>
    public string ApiBaseUrl => new Uri(BaseUrl, "/api/").AbsoluteUri;

    /// <summary>The Authorization header of each apps.connections.open call, in order.</summary>
    public IReadOnlyList<string?> OpenCalls => [.. _openCalls];

    public static async Task<FakeSocketModeServer> StartAsync()
    {
        FakeSocketModeServer? fake = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/api/apps.connections.open", (HttpRequest request) => fake!.Open(request));
            app.Map("/link", (HttpContext context) => WebSocketPeer.AcceptAsync(context, peer => new FakeSocketModeConnection(peer), fake!._connections.Writer));
        });
        fake = new FakeSocketModeServer(app) { BaseUrl = baseUrl };
        return fake;
    }

    /// <summary>The next connection the bot opens, already greeted with hello.</summary>
    public async Task<FakeSocketModeConnection> NextConnectionAsync()
    {
        using var timeout = new CancellationTokenSource(s_wait);
        var connection = await _connections.Reader.ReadAsync(timeout.Token);
        await connection.SendAsync("""{"type":"hello","num_connections":1,"debug_info":{"host":"applink-test","approximate_connection_time":3600},"connection_info":{"app_id":"A1"}}""");
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Open(HttpRequest request)
    {
        _openCalls.Enqueue(request.Headers.Authorization.ToString());
        return Results.Json(new { ok = true, url = $"ws://{BaseUrl.Authority}/link/?ticket={_openCalls.Count}&app_id=A1" });
    }
}
