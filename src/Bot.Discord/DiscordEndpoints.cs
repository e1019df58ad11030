using System.Text.Json;
using Bot.Discord.Dtos;
using Bot.Discord.Interactions;
using Bot.Discord.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace Bot.Discord;

/// <summary>Maps Discord's Interactions Endpoint URL.</summary>
public static class DiscordEndpoints
{
    /// <summary>The path to set as Interactions Endpoint URL in the Developer Portal.</summary>
    public const string InteractionsPath = "/discord/interactions";

    /// <summary>The largest body read; interactions are a few KiB.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// Maps <c>POST /discord/interactions</c>: verify the signature over the raw bytes, then parse, then route. Not
    /// mapped without Discord:PublicKey (a Gateway-only bot), as nothing could be verified. Read from configuration, not
    /// the options: resolving them here would fail before start-up validation can report every problem at once.
    /// </summary>
    public static IEndpointRouteBuilder MapDiscordEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var configuration = app.ServiceProvider.GetRequiredService<IConfiguration>();
        if (!string.IsNullOrEmpty(configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.PublicKey)}"]))
        {
            app.MapPost(InteractionsPath, HandleAsync);
        }

        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, DiscordSignatureVerifier verifier, DiscordInteractionRouter router)
    {
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Untrusted bytes never reach the JSON parser.
        var headers = context.Request.Headers;
        if (!verifier.Verify(headers["X-Signature-Ed25519"], headers["X-Signature-Timestamp"], body))
        {
            return Results.Text("invalid request signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        DiscordInteraction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize<DiscordInteraction>(body, DiscordJson.Options);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null)
        {
            return Results.Text("the body is not an interaction", statusCode: StatusCodes.Status400BadRequest);
        }

        var response = await router.RouteAsync(interaction, context.RequestAborted);
        return Results.Json(response, DiscordJson.Options);
    }

    /// <summary>The raw body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
