using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Bot.Discord.Tests;

/// <summary>
/// Discord's REST API at the HTTP seam: records every request and answers from a script (default 204), so tests see
/// exactly what the bot sent. Plugged in with ConfigurePrimaryHttpMessageHandler.
/// </summary>
internal sealed class FakeDiscordApi : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<Task<HttpResponseMessage>>>> _scripts = new(StringComparer.Ordinal);

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

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
    public IReadOnlyList<RecordedRequest> To(string pathFragment) =>
        Requests.Where(r => r.Path.Contains(pathFragment, StringComparison.Ordinal)).ToList();

    /// <summary>Waits until a request to a path fragment arrives (for work done after the response).</summary>
    public async Task<RecordedRequest> WaitForAsync(string pathFragment, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (To(pathFragment) is [var first, ..])
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
        foreach (var (suffix, queue) in _scripts)
        {
            if (path.EndsWith(suffix, StringComparison.Ordinal) && queue.TryDequeue(out var respond))
            {
                return await respond();
            }
        }

        return path.EndsWith("/commands", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") }
            : request.Method == HttpMethod.Patch
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"1","channel_id":"2"}""", Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.NoContent);
    }

    /// <summary>One request as the bot sent it.</summary>
    internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string Path, string Body, IReadOnlyDictionary<string, string> Headers);
}
