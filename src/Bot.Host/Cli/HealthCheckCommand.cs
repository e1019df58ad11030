namespace Bot.Host.Cli;

/// <summary>
/// `healthcheck [--url U]`: GETs the server's /healthz and exits 0 when it answers 200, else 1. The container's
/// HEALTHCHECK runs it because the ASP.NET runtime image has no curl or wget.
/// </summary>
internal static class HealthCheckCommand
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var url = context.Line.Option("--url") ?? DefaultUrl(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"));
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            await context.Error.WriteLineAsync($"healthcheck: '{url}' is not an absolute URL");
            return 2;
        }

        using var http = new HttpClient { Timeout = s_timeout };
        try
        {
            using var response = await http.GetAsync(uri, ct);
            await context.Output.WriteLineAsync($"{uri}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await context.Error.WriteLineAsync($"{uri}: {e.Message}");
            return 1;
        }
    }

    /// <summary>The /healthz URL of the first address the server listens on, with a wildcard host as loopback.</summary>
    public static string DefaultUrl(string? aspNetCoreUrls)
    {
        var first = aspNetCoreUrls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (string.IsNullOrEmpty(first))
        {
            return "http://127.0.0.1:5080/healthz";
        }

        foreach (var wildcard in new[] { "://0.0.0.0", "://+", "://*", "://[::]" })
        {
            first = first.Replace(wildcard, "://127.0.0.1", StringComparison.Ordinal);
        }

        return first.TrimEnd('/') + "/healthz";
    }
}
