using Microsoft.AspNetCore.Http.Features;

namespace Bot.Host.Server.Platforms;

/// <summary>
/// Caps request bodies on the platform paths (<c>/discord/*</c>, <c>/slack/*</c>) at 64 KiB, so the adapters get
/// the limit without wiring it. Discord interactions and Slack commands are a few KiB; anything far larger is not
/// from them, and is refused before its signature is checked or its body parsed.
/// </summary>
internal static class PlatformBodyLimit
{
    public const long MaxBytes = 64 * 1024;

    private static readonly PathString[] s_platformPaths = ["/discord", "/slack"];

    public static IApplicationBuilder UsePlatformBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!s_platformPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                await next(context);
                return;
            }

            if (context.Request.ContentLength > MaxBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            // A chunked body has no length up front: Kestrel stops reading past the limit and answers 413 itself.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxBytes;
            }

            await next(context);
        });
}
