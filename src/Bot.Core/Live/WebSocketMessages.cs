using System.Buffers;
using System.Net.WebSockets;

namespace Bot.Core.Live;

/// <summary>Reads and writes whole text messages on a WebSocket: one message may span several frames.</summary>
public static class WebSocketMessages
{
    /// <summary>The next message's bytes, read to its end; null when the other side closed. Throws past <paramref name="maxBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReceiveAsync(WebSocket socket, int maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > maxBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, $"A message exceeded {maxBytes} bytes.");
            }

            if (result.EndOfMessage)
            {
                return buffer.WrittenMemory;
            }
        }
    }

    /// <summary>Sends one text message; <paramref name="gate"/> keeps sends from overlapping (a WebSocket allows one at a time).</summary>
    public static async Task SendAsync(WebSocket socket, SemaphoreSlim gate, ReadOnlyMemory<byte> message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(gate);
        await gate.WaitAsync(ct);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Starts a close handshake with <paramref name="status"/> within <paramref name="timeout"/>, when the socket is
    /// still open; a socket already gone is left alone.
    /// </summary>
    public static async Task CloseOutputAsync(WebSocket socket, SemaphoreSlim gate, WebSocketCloseStatus status, string? reason, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(gate);
        try
        {
            using var cts = new CancellationTokenSource(timeout);
            await gate.WaitAsync(cts.Token);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(status, reason, cts.Token);
                }
            }
            finally
            {
                gate.Release();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Already gone: nothing to close.
        }
    }
}
