using System.Net;
using System.Text.Json;
using Bot.Testing;

namespace Bot.Host.Tests;

/// <summary>
/// The built program serving on a free loopback port as a separate process (`dotnet Bot.Host.dll serve`), as one
/// replica of several: the seeds of the repository, the index folder and settings it is given.
/// </summary>
internal sealed class ReplicaProcess : IDisposable
{
    private readonly ChildProcess _process;

    private ReplicaProcess(ChildProcess process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Everything it printed so far.</summary>
    public string Output => _process.Output;

    /// <summary>Starts a replica; <paramref name="settings"/> are environment variables (Pins__Provider, …).</summary>
    public static ReplicaProcess Start(string workingFolder, string indexFolder, IReadOnlyDictionary<string, string> settings)
    {
        var url = new Uri($"http://127.0.0.1:{LoopbackHttp.FreePort()}");
        var environment = new Dictionary<string, string>(settings)
        {
            ["Articles__Path"] = RepoPaths.Seeds,
            ["Articles__IndexPath"] = indexFolder,
        };
        var program = Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll");
        return new ReplicaProcess(ChildProcess.Start(workingFolder, environment, program, "serve", "--urls", url.ToString().TrimEnd('/')), url);
    }

    /// <summary>Waits until /readyz answers 200; returns the last status (null when it never answered).</summary>
    public Task<HttpStatusCode?> WaitUntilReadyAsync(TimeSpan timeout) => LoopbackHttp.WaitForAsync(new Uri(Url, "/readyz"), timeout, untilOk: true);

    /// <summary>Asks /api/ask; returns whether it answered and the paragraph it cited.</summary>
    public async Task<(bool Answered, int? Paragraph)> AskAsync(HttpClient http, string question)
    {
        using var response = await http.GetAsync(new Uri(Url, "/api/ask?q=" + Uri.EscapeDataString(question)));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/ask answered {response.StatusCode}:\n{Output}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paragraph = json.RootElement.GetProperty("paragraph");
        return (json.RootElement.GetProperty("answered").GetBoolean(), paragraph.ValueKind == JsonValueKind.Number ? paragraph.GetInt32() : null);
    }

    /// <summary>kill -9: no shutdown, nothing flushed.</summary>
    public void Kill() => _process.Kill();

    public void Dispose() => _process.Dispose();
}
