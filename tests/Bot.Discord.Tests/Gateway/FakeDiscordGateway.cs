using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Bot.Testing.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Discord.Tests.Gateway;

/// <summary>
/// Discord on loopback, over real HTTP and real WebSockets (Kestrel): <c>GET /api/v10/gateway/bot</c> names this
/// server's <c>/gateway</c>; READY names its <c>/resume</c>; every other REST call is recorded and answered as
/// Discord would (a message id for a created message, 204 otherwise).
/// </summary>
internal sealed class FakeDiscordGateway : IAsyncDisposable
{
    public const string BotUserId = "999999999999999999";

    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private readonly WebApplication _app;
    private readonly Channel<FakeGatewaySocket> _connections = Channel.CreateUnbounded<FakeGatewaySocket>();
    private readonly ConcurrentQueue<FakeDiscordApi.RecordedRequest> _requests = new();
    private int _gatewayBotCalls;

    private FakeDiscordGateway(WebApplication app) => _app = app;

    /// <summary>http://127.0.0.1:port</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>Discord:ApiBaseUrl for the bot.</summary>
    public string ApiBaseUrl => new Uri(BaseUrl, "/api/v10/").AbsoluteUri;

    public string ResumeUrl => $"ws://{BaseUrl.Authority}/resume";

    public int GatewayBotCalls => Volatile.Read(ref _gatewayBotCalls);

    /// <summary>Answers GET /gateway/bot with 401, as Discord does for a wrong token.</summary>
    public bool RefuseToken { get; set; }

    public IReadOnlyList<FakeDiscordApi.RecordedRequest> Requests => _requests.ToList();

    public static async Task<FakeDiscordGateway> StartAsync()
    {
        FakeDiscordGateway? fake = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.Map("/gateway", (HttpContext context) => fake!.AcceptAsync(context));
            app.Map("/resume", (HttpContext context) => fake!.AcceptAsync(context));
            app.MapGet("/api/v10/gateway/bot", () => fake!.GatewayBot());
            app.Map("/api/v10/{**route}", (HttpRequest request) => fake!.RecordAsync(request));
        });
        fake = new FakeDiscordGateway(app) { BaseUrl = baseUrl };
        return fake;
    }

    /// <summary>The next WebSocket connection the bot opens.</summary>
    public async Task<FakeGatewaySocket> NextConnectionAsync()
    {
        using var timeout = new CancellationTokenSource(s_wait);
        return await _connections.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>True when the bot opened a connection not yet taken by <see cref="NextConnectionAsync"/>.</summary>
    public bool HasNewConnection => _connections.Reader.Count > 0;

    /// <summary>The REST requests whose path contains a fragment.</summary>
    public IReadOnlyList<FakeDiscordApi.RecordedRequest> To(string pathFragment) => FakeDiscordApi.Matching(Requests, pathFragment);

    /// <summary>Waits until a REST request whose path contains a fragment arrives.</summary>
    public Task<FakeDiscordApi.RecordedRequest> WaitForAsync(string pathFragment) => FakeDiscordApi.WaitForAsync(() => Requests, pathFragment, s_wait);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task AcceptAsync(HttpContext context) =>
        WebSocketPeer.AcceptAsync(context, peer => new FakeGatewaySocket(peer), _connections.Writer);

    private IResult GatewayBot()
    {
        Interlocked.Increment(ref _gatewayBotCalls);
        if (RefuseToken)
        {
            return Results.Json(new { message = "401: Unauthorized", code = 0 }, statusCode: StatusCodes.Status401Unauthorized);
        }

        return Results.Json(new
        {
            url = $"ws://{BaseUrl.Authority}/gateway",
            shards = 1,
            session_start_limit = new { total = 1000, remaining = 999, reset_after = 14400000, max_concurrency = 1 },
        });
    }

    private async Task<IResult> RecordAsync(HttpRequest request)
    {
        var body = await new StreamReader(request.Body).ReadToEndAsync();
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new FakeDiscordApi.RecordedRequest(new HttpMethod(request.Method), new Uri(BaseUrl, request.Path + request.QueryString), request.Path, body, headers));
        return request.Method is "POST" or "PATCH" && !request.Path.Value!.EndsWith("/callback", StringComparison.Ordinal)
            ? Results.Json(new { id = Interactions.NewMessageId(), channel_id = Interactions.ChannelId })
            : Results.NoContent();
    }

    /// <summary>A request's JSON body.</summary>
    public static JsonElement Body(FakeDiscordApi.RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement.Clone();
}
