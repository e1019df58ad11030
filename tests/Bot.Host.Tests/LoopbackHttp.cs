using System.Net;
using System.Net.Sockets;

namespace Bot.Host.Tests;

/// <summary>A free loopback port for a child server, and waiting for it to answer.</summary>
internal static class LoopbackHttp
{
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The first status the URL answers with (with <paramref name="untilOk"/>, the first 200), or null at the timeout.</summary>
    public static async Task<HttpStatusCode?> WaitForAsync(Uri url, TimeSpan timeout, bool untilOk = false)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        HttpStatusCode? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync(url);
                last = response.StatusCode;
                if (!untilOk || last == HttpStatusCode.OK)
                {
                    return last;
                }

                await Task.Delay(200);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(200);
            }
        }

        return last;
    }
}
