using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Bot.Slack.Tests.Fakes;

/// <summary>
/// Slack at the HTTP seam: records every Web API and response_url request and answers with canned JSON. Queue
/// answers per method with <see cref="Enqueue"/>; otherwise each method gets a plausible success.
/// </summary>
public sealed class FakeSlackApi : HttpMessageHandler
{
    public const string PostedTs = "1700000000.000100";

    private readonly ConcurrentQueue<SlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpResponseMessage>>> _answers = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, TimeSpan> _delays = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, byte> _pinned = new(StringComparer.Ordinal);

    public IReadOnlyList<SlackCall> Calls => [.. _calls];

    /// <summary>
    /// When true, pins.add and pins.remove keep each message's pin state as Slack does (already_pinned, no_pin), so a
    /// test can compare the board with the platform.
    /// </summary>
    public bool KeepsPins { get; set; }

    private readonly ConcurrentDictionary<string, byte> _answersToLose = new(StringComparer.Ordinal);

    /// <summary>Makes the next call of a pins method take effect (with <see cref="KeepsPins"/>) but answer 503, as a lost answer.</summary>
    public void LoseNextAnswer(string method) => _answersToLose[method] = 0;

    /// <summary>Whether a message is pinned here (with <see cref="KeepsPins"/>).</summary>
    public bool IsPinned(string channel, string ts) => _pinned.ContainsKey(channel + "/" + ts);

    public IReadOnlyList<SlackCall> CallsTo(string method) => Calls.Where(c => c.Method == method).ToList();

    /// <summary>Answers the next call of a method with this response (in order, once each).</summary>
    public void Enqueue(string method, Func<HttpResponseMessage> answer) =>
        _answers.GetOrAdd(method, _ => new ConcurrentQueue<Func<HttpResponseMessage>>()).Enqueue(answer);

    /// <summary>
    /// Makes every call of a method take this long, as a slow Slack would. The call is recorded only once the time has
    /// passed, so a call cancelled on the way (the caller's token) is never recorded.
    /// </summary>
    public void Delay(string method, TimeSpan by) => _delays[method] = by;

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage RateLimited(int retryAfterSeconds)
    {
        var response = Json("""{"ok":false,"error":"ratelimited"}""", HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(retryAfterSeconds));
        return response;
    }

    /// <summary>Waits (up to 5 s by default) until the recorded calls satisfy a condition; fails the test otherwise.</summary>
    public async Task<IReadOnlyList<SlackCall>> WaitForAsync(Func<IReadOnlyList<SlackCall>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            var calls = Calls;
            if (condition(calls))
            {
                return calls;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("Slack was not called as expected in time. Calls: " + string.Join(", ", calls.Select(c => c.Method)));
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until a method has been called at least <paramref name="count"/> times.</summary>
    public async Task<IReadOnlyList<SlackCall>> WaitForAsync(string method, int count = 1) =>
        (await WaitForAsync(calls => calls.Count(c => c.Method == method) >= count)).Where(c => c.Method == method).ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var method = uri.Host == "hooks.slack.com" ? SlackCall.ResponseUrl : uri.Segments[^1];
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        if (_delays.TryGetValue(method, out var delay))
        {
            await Task.Delay(delay, cancellationToken);
        }

        _calls.Enqueue(new SlackCall(method, request.Method, uri, body, request.Headers.Authorization?.ToString()));
        if (_answers.TryGetValue(method, out var queue) && queue.TryDequeue(out var answer))
        {
            return answer();
        }

        if (KeepsPins && method is "pins.add" or "pins.remove")
        {
            return ChangePin(method, body);
        }

        return method switch
        {
            SlackCall.ResponseUrl => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("ok") },
            "chat.postMessage" => Json($$"""{"ok":true,"channel":"C1","ts":"{{PostedTs}}"}"""),
            "users.info" => Json("""{"ok":true,"user":{"id":"U0","is_admin":false,"is_owner":false}}"""),
            "usergroups.users.list" => Json("""{"ok":true,"users":[]}"""),
            _ => Json("""{"ok":true}"""),
        };
    }

    private HttpResponseMessage ChangePin(string method, string body)
    {
        using var json = System.Text.Json.JsonDocument.Parse(body);
        var key = json.RootElement.GetProperty("channel").GetString() + "/" + json.RootElement.GetProperty("timestamp").GetString();
        var answer = method == "pins.add"
            ? Json(_pinned.TryAdd(key, 0) ? """{"ok":true}""" : """{"ok":false,"error":"already_pinned"}""")
            : Json(_pinned.TryRemove(key, out _) ? """{"ok":true}""" : """{"ok":false,"error":"no_pin"}""");
        return _answersToLose.TryRemove(method, out _) ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : answer;
    }

    // The handler outlives the HttpClient factory's handler rotation: nothing to release.
    protected override void Dispose(bool disposing)
    {
    }
}
