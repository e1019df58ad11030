using Microsoft.AspNetCore.Http.Features;

namespace Bot.Host.Server.Platforms;

/// <summary>
/// Caps request bodies on the platform paths (<c>/discord/*</c>, <c>/slack/*</c>) at 64 KiB of body, so the adapters
/// get the limit without wiring it. Discord interactions and Slack commands are a few KiB; anything far larger is not
/// from them, and is refused before its signature is checked or its body parsed. The body is read here, whole, and
/// handed on in memory: a refusal (413 too large, 408 too slow, 400 broken framing) is an expected answer, logged as
/// one Information line, never an unhandled exception with a stack trace.
/// </summary>
internal static class PlatformBodyLimit
{
    public const long MaxBytes = 64 * 1024;

    /// <summary>
    /// Kestrel's own limit, a backstop only: for a chunked body Kestrel counts the chunk framing too (61,817 bytes
    /// sent in 100-byte chunks were refused at 64 KiB), so the body itself is counted below, after de-chunking.
    /// One-byte chunks carry five bytes of framing each, so eight times the limit lets any framing of a legal body through.
    /// </summary>
    public const long FramedMaxBytes = 8 * MaxBytes;

    private static readonly PathString[] s_platformPaths = ["/discord", "/slack"];

    public static IApplicationBuilder UsePlatformBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!s_platformPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                await next(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = FramedMaxBytes;
            }

            var (body, refusal, reason) = context.Request.ContentLength > MaxBytes
                ? (null, StatusCodes.Status413PayloadTooLarge, "Content-Length over the limit")
                : await ReadAsync(context);
            if (body is null)
            {
                Logger(context).LogInformation("Refused {Method} {Path} with {Status}: {Reason}", context.Request.Method, context.Request.Path, refusal, reason);
                if (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
                {
                    context.Response.StatusCode = refusal;
                }

                return;
            }

            context.Request.Body = new MemoryStream(body, writable: false);
            context.Request.ContentLength = body.Length;
            await next(context);
        });

    /// <summary>The body, or null with the status to answer and why.</summary>
    private static async Task<(byte[]? Body, int Status, string Reason)> ReadAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return (null, StatusCodes.Status413PayloadTooLarge, "body over the limit");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's refusals while reading: 408 for a body sent too slowly, 413 at the backstop, 400 for bad framing.
            return (null, e.StatusCode, e.Message);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            return (null, StatusCodes.Status400BadRequest, "the client went away");
        }

        return (buffer.ToArray(), StatusCodes.Status200OK, "");
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PlatformBodyLimit));
}
