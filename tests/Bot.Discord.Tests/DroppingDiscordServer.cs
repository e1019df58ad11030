using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bot.Discord.Tests;

/// <summary>
/// A fake Discord over real HTTP/1.1 on loopback, by hand on a socket so it can drop a connection the way a failing
/// proxy does: a message read is answered (keep-alive); a pin PUT is counted, then its connection is closed cleanly
/// (FIN) before any answer. Reads hold until <paramref name="holdReadsUntil"/> have arrived, so the client opens that
/// many connections and keeps them idle in its pool.
/// </summary>
internal sealed class DroppingDiscordServer(int holdReadsUntil) : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly TaskCompletionSource _allReading = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _reads;
    private int _pinPuts;

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/api/v10/");

    /// <summary>How many pin PUTs arrived.</summary>
    public int PinPuts => Volatile.Read(ref _pinPuts);

    public void Start()
    {
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                TcpClient connection;
                try
                {
                    connection = await _listener.AcceptTcpClientAsync();
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException)
                {
                    return;
                }

                _ = ServeAsync(connection);
            }
        });
    }

    public void Dispose() => _listener.Stop();

    private async Task ServeAsync(TcpClient connection)
    {
        using var _ = connection;
        var stream = connection.GetStream();
        while (await ReadRequestAsync(stream) is { } method)
        {
            if (method == "PUT")
            {
                Interlocked.Increment(ref _pinPuts);
                connection.Client.Shutdown(SocketShutdown.Both);
                return;
            }

            if (Interlocked.Increment(ref _reads) >= holdReadsUntil)
            {
                _allReading.TrySetResult();
            }

            await _allReading.Task;
            const string Json = """{"id":"2","pinned":false}""";
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Json.Length}\r\n\r\n{Json}"));
        }
    }

    /// <summary>Reads one request (headers and a Content-Length body); its method, or null when the client closed.</summary>
    private static async Task<string?> ReadRequestAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            head.Append((char)one[0]);
        }

        var lines = head.ToString().Split("\r\n");
        var length = lines.Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return lines[0].Split(' ')[0];
    }
}
