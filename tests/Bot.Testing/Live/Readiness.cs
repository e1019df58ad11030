using System.Net;

namespace Bot.Testing.Live;

/// <summary>Polls a test host's /readyz, for tests of live connections (Gateway, Socket Mode) that make the bot ready.</summary>
public static class Readiness
{
    /// <summary>Asks /readyz every 20 ms until it answers 200 or 10 s pass; returns the last status.</summary>
    public static async Task<HttpStatusCode> WaitForReadyAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var status = HttpStatusCode.ServiceUnavailable;
        for (var i = 0; i < 500 && status != HttpStatusCode.OK; i++)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            status = response.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(20);
            }
        }

        return status;
    }
}
