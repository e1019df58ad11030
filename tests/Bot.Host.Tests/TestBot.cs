using Bot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Host.Tests;

/// <summary>
/// The server in-process on the repository's seeds, with a temporary index and pinboard, plus extra settings. BM25
/// alone by default, so that each host starts in well under a second; settings may turn the semantic signal on.
/// </summary>
internal sealed class TestBot : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestBot(Dictionary<string, string>? settings = null, Action<IWebHostBuilder>? configure = null) =>
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Articles:Path", RepoPaths.Seeds)
                .UseSetting("Articles:IndexPath", Path.Combine(_folder.Path, "index"))
                .UseSetting("Pins:Path", Path.Combine(_folder.Path, "pins.db"))
                .UseSetting("Search:Semantic", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                b.UseSetting(key, value);
            }

            configure?.Invoke(b);
        });

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient CreateClient() => Factory.CreateClient();

    /// <summary>GET /api/ask?q=…</summary>
    public static Task<HttpResponseMessage> AskAsync(HttpClient client, string question) =>
        client.GetAsync(new Uri("/api/ask?q=" + Uri.EscapeDataString(question), UriKind.Relative));

    public void Dispose()
    {
        Factory.Dispose();
        _folder.Dispose();
    }
}
