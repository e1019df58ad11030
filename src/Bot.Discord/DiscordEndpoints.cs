using System.Text.Json;
using Bot.Core.Replays;
using Bot.Discord.Dtos;
using Bot.Discord.Interactions;
using Bot.Discord.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord;

/// <summary>Maps Discord's Interactions Endpoint URL.</summary>
public static class DiscordEndpoints
{
    /// <summary>The path to set as Interactions Endpoint URL in the Developer Portal.</summary>
    public const string InteractionsPath = "/discord/interactions";

    /// <summary>The largest body read; interactions are a few KiB.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>How long an interaction id is remembered: its token, and so anything it could do, lives 15 minutes.</summary>
    public static readonly TimeSpan InteractionLifetime = TimeSpan.FromMinutes(15);

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

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        DiscordSignatureVerifier verifier,
        DiscordInteractionRouter router,
        IReplayGuard replays,
        DiscordWorkJournal journal,
        IOptions<DiscordOptions> options,
        ILoggerFactory logs)
    {
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Untrusted bytes never reach the JSON parser.
        var headers = context.Request.Headers;
        var signature = headers["X-Signature-Ed25519"].ToString();
        if (!verifier.Verify(signature, headers["X-Signature-Timestamp"], body))
        {
            return Results.Text("invalid request signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        // A signature stays valid for the whole window either side of now: a captured request must not work twice.
        var logger = logs.CreateLogger(typeof(DiscordEndpoints));
        if (!await replays.TryAcceptAsync("discord:signature:" + signature, 2 * options.Value.SignatureMaxAge, context.RequestAborted))
        {
            logger.LogInformation("Refused a replayed Discord request (its signature was already accepted)");
            return Results.Text("invalid request signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (Parse(body) is not { } interaction)
        {
            logger.LogInformation("Refused a Discord request whose body is not an interaction");
            return Results.Text("the body is not an interaction", statusCode: StatusCodes.Status400BadRequest);
        }

        if (DiscordInteractionCheck.MalformedField(interaction) is { } field)
        {
            logger.LogInformation("Refused a Discord interaction with a malformed {Field}", field);
            return Results.Text($"the interaction's {field} is malformed", statusCode: StatusCodes.Status400BadRequest);
        }

        // Each interaction is answered once, even when it arrives again under a fresh signature. A PING acts on nothing.
        if (interaction.Type != DiscordInteractionType.Ping
            && !await replays.TryAcceptAsync("discord:interaction:" + interaction.Id, InteractionLifetime, context.RequestAborted))
        {
            logger.LogInformation("Refused Discord interaction {Id}: it was already answered", interaction.Id);
            return Results.Text("this interaction was already answered", statusCode: StatusCodes.Status409Conflict);
        }

        // Written down before Discord is acknowledged: a deferred reply's work then survives a crash.
        if (DiscordWorkJournal.MayDefer(interaction))
        {
            await journal.BeginAsync(interaction, System.Text.Encoding.UTF8.GetString(body), context.RequestAborted);
        }

        var response = await router.RouteAsync(interaction, context.RequestAborted);
        await journal.EndUnclaimedAsync(interaction.Id);
        return Results.Json(response, DiscordJson.Options);
    }

    /// <summary>The interaction, or null when the body is not one: not JSON, a string that is no UTF-16, or a wrong type.</summary>
    private static DiscordInteraction? Parse(byte[] body)
    {
        if (!DiscordInteractionCheck.HasDecodableStrings(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DiscordInteraction>(body, DiscordJson.Options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
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
