using Bot.Core.Replays;
using Bot.Slack.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;

namespace Bot.Slack;

/// <summary>
/// <c>POST /slack/commands</c>, <c>/slack/interactions</c> and <c>/slack/events</c>. Each reads the raw body (at most
/// 64 KiB), checks its signature before parsing anything (401 otherwise, and for a signature already accepted), answers
/// a malformed payload with 400, and acknowledges as soon as the work is journaled (<see cref="SlackDispatch"/>): the
/// work runs afterwards on <see cref="Work.SlackWorker"/>. https://docs.slack.dev/interactivity
/// </summary>
public static class SlackEndpoints
{
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// How long an accepted signature (and a trigger id) is remembered: a timestamp is accepted up to 5 minutes either
    /// side of now, so one signature can be valid for 10 minutes.
    /// </summary>
    public static readonly TimeSpan SignatureLifetime = TimeSpan.FromSeconds(2 * SlackSignatureVerifier.WindowSeconds);

    /// <summary>
    /// Maps the endpoints when Slack:SigningSecret is set; a Socket Mode-only bot has nothing to verify them with. Read
    /// from configuration, not the options: resolving them here would fail before start-up validation reports it all.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (string.IsNullOrWhiteSpace(app.ServiceProvider.GetRequiredService<IConfiguration>()[$"{SlackOptions.Section}:{nameof(SlackOptions.SigningSecret)}"]))
        {
            return app;
        }

        var slack = app.MapGroup("/slack");
        // Route handlers as lambdas, so the request delegate generator compiles them at build time. They take the
        // HttpRequest, not the HttpContext: a Func<HttpContext, Task<IResult>> would bind as a RequestDelegate and
        // the returned IResult would not be written.
        // A replayed event is answered 200 and does nothing: Slack's own retries may repeat a delivery byte for byte
        // within the same second, and event_id already makes each event answered once.
        slack.MapPost("/commands", (HttpRequest request) => HandleAsync(request.HttpContext, SlackDispatch.Kinds.Command, Results.Unauthorized()));
        slack.MapPost("/interactions", (HttpRequest request) => HandleAsync(request.HttpContext, SlackDispatch.Kinds.Interaction, Results.Unauthorized()));
        slack.MapPost("/events", (HttpRequest request) => HandleAsync(request.HttpContext, SlackDispatch.Kinds.Event, Results.Ok()));
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, string kind, IResult replayed)
    {
        var request = context.Request;
        var services = context.RequestServices;
        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadBodyAsync(request.Body, context.RequestAborted);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var signature = request.Headers[SlackSignatureVerifier.SignatureHeader].ToString();
        if (!services.GetRequiredService<SlackSignatureVerifier>().IsValid(request.Headers[SlackSignatureVerifier.TimestampHeader], signature, body))
        {
            return Results.Unauthorized();
        }

        // A signature is valid for the whole ±5-minute window: without this, a captured request could be sent again.
        if (!await services.GetRequiredService<IReplayGuard>().TryAcceptAsync("slack:signature:" + signature, SignatureLifetime, context.RequestAborted))
        {
            Refused(services, "a replayed request (its signature was already accepted)");
            return replayed;
        }

        try
        {
            return await new SlackDispatch(services, body, JournalId: null).RunAsync(kind);
        }
        catch (SlackPayloadException e)
        {
            Refused(services, "a malformed payload: " + e.Message);
            return Results.BadRequest(e.Message);
        }
    }

    /// <summary>The raw body, or null when it is longer than the limit.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>One Information line, no stack trace: a refused request is expected, not an error of ours.</summary>
    private static void Refused(IServiceProvider services, string what) =>
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackEndpoints)).LogInformation("Refused {What}", what);
}
