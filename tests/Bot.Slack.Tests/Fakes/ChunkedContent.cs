using System.Net;
using System.Text;

namespace Bot.Slack.Tests.Fakes;

/// <summary>A body sent with chunked transfer encoding in pieces of a fixed size: each write and flush is one chunk.</summary>
public sealed class ChunkedContent(string body, int chunkSize, string contentType) : HttpContent
{
    private readonly byte[] _bytes = Encoding.UTF8.GetBytes(body);

    public ChunkedContent Typed()
    {
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return this;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var at = 0; at < _bytes.Length; at += chunkSize)
        {
            await stream.WriteAsync(_bytes.AsMemory(at, Math.Min(chunkSize, _bytes.Length - at)));
            await stream.FlushAsync();
        }
    }

    // Unknown length: HttpClient then sends Transfer-Encoding: chunked.
    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
