using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Bot.Discord.Tests;

/// <summary>
/// Discord's REST API at the HTTP seam: records every request and answers from a script (default 204), so tests see
/// exactly what the bot sent. Plugged in with ConfigurePrimaryHttpMessageHandler.
/// </summary>
internal sealed partial class FakeDiscordApi : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<Task<HttpResponseMessage>>>> _scripts = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, byte> _pinned = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _answersToLose = new(StringComparer.Ordinal);

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    /// <summary>How long each pin or unpin call takes before Discord acts on it; zero by default.</summary>
    public TimeSpan PinDelay { get; set; }

    /// <summary>Whether a message is pinned here: unscripted PUT and DELETE on its pin route change it, as Discord's do.</summary>
    public bool IsPinned(string channelId, string messageId) => _pinned.ContainsKey(channelId + "/" + messageId);

    /// <summary>
    /// Makes the next pin call on a message take effect but lose its answer, as when the connection drops or the
    /// client times out after Discord acted.
    /// </summary>
    public void LoseAnswerAfterActing(string messageId) => _answersToLose.TryAdd(messageId, 0);

    /// <summary>Answers the next request whose path ends with <paramref name="pathSuffix"/> with this response.</summary>
    public void Enqueue(string pathSuffix, HttpStatusCode status, string? json = null) =>
        _scripts.GetOrAdd(pathSuffix, _ => new()).Enqueue(() => Task.FromResult(new HttpResponseMessage(status)
        {
            Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
        }));

    /// <summary>Holds the next request whose path ends with <paramref name="pathSuffix"/> until <paramref name="release"/> completes, then answers 204.</summary>
    public void Hold(string pathSuffix, Task release) =>
        _scripts.GetOrAdd(pathSuffix, _ => new()).Enqueue(async () =>
        {
            await release;
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        });

    /// <summary>The requests whose path contains a fragment.</summary>
    public IReadOnlyList<RecordedRequest> To(string pathFragment) => Matching(Requests, pathFragment);

    /// <summary>Waits until a request to a path fragment arrives (for work done after the response).</summary>
    public Task<RecordedRequest> WaitForAsync(string pathFragment, TimeSpan timeout) => WaitForAsync(() => Requests, pathFragment, timeout);

    /// <summary>The requests whose path contains a fragment, in the order they came.</summary>
    public static IReadOnlyList<RecordedRequest> Matching(IEnumerable<RecordedRequest> requests, string pathFragment) =>
        requests.Where(r => r.Path.Contains(pathFragment, StringComparison.Ordinal)).ToList();

    /// <summary>Polls <paramref name="requests"/> until one to a path fragment has come; a fake Gateway's REST side waits the same way.</summary>
    public static async Task<RecordedRequest> WaitForAsync(Func<IEnumerable<RecordedRequest>> requests, string pathFragment, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Matching(requests(), pathFragment) is [var first, ..])
            {
                return first;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No request to {pathFragment} within {timeout}.");
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        _requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri, path, body, request.Headers.NonValidated.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        if (PinRoute().Match(path) is { Success: true } pin)
        {
            await Task.Delay(PinDelay, cancellationToken);
            if (Scripted(path) is { } scripted)
            {
                return await scripted();
            }

            var key = pin.Groups[1].Value + "/" + pin.Groups[2].Value;
            _ = request.Method == HttpMethod.Put ? _pinned.TryAdd(key, 0) : _pinned.TryRemove(key, out _);
            return _answersToLose.TryRemove(pin.Groups[2].Value, out _)
                ? throw new HttpRequestException("The response ended prematurely (the fake dropped the connection after acting).")
                : new HttpResponseMessage(HttpStatusCode.NoContent);
        }

        if (request.Method == HttpMethod.Get && MessageRoute().Match(path) is { Success: true } message)
        {
            var pinned = IsPinned(message.Groups[1].Value, message.Groups[2].Value) ? "true" : "false";
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent($$"""{"id":"{{message.Groups[2].Value}}","channel_id":"{{message.Groups[1].Value}}","pinned":{{pinned}}}""", Encoding.UTF8, "application/json"),
            };
        }

        if (Scripted(path) is { } respond)
        {
            return await respond();
        }

        return path.EndsWith("/commands", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") }
            : request.Method == HttpMethod.Patch
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"1","channel_id":"2"}""", Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.NoContent);
    }

    private Func<Task<HttpResponseMessage>>? Scripted(string path)
    {
        foreach (var (suffix, queue) in _scripts)
        {
            if (path.EndsWith(suffix, StringComparison.Ordinal) && queue.TryDequeue(out var respond))
            {
                return respond;
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("/channels/([^/]+)/messages/pins/([^/]+)$")]
    private static partial System.Text.RegularExpressions.Regex PinRoute();

    [System.Text.RegularExpressions.GeneratedRegex("/channels/([^/]+)/messages/([0-9]+)$")]
    private static partial System.Text.RegularExpressions.Regex MessageRoute();

    /// <summary>One request as the bot sent it.</summary>
    internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string Path, string Body, IReadOnlyDictionary<string, string> Headers);
}
