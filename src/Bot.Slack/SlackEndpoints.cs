using System.Text;
using Bot.Core.Replays;
using Bot.Slack.Handling;
using Bot.Slack.Rendering;
using Bot.Slack.Requests;
using Bot.Slack.Work;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Slack;

/// <summary>
/// <c>POST /slack/commands</c>, <c>/slack/interactions</c> and <c>/slack/events</c>. Each reads the raw body (at most
/// 64 KiB), checks its signature before parsing anything (401 otherwise), answers a malformed payload with 400, and
/// acknowledges at once: the work runs afterwards on <see cref="SlackWorker"/>. https://docs.slack.dev/interactivity
/// </summary>
public static class SlackEndpoints
{
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// How long an accepted signature (and a trigger id) is remembered: a timestamp is accepted up to 5 minutes either
    /// side of now, so one signature can be valid for 10 minutes.
    /// </summary>
    public static readonly TimeSpan SignatureLifetime = TimeSpan.FromSeconds(2 * SlackSignatureVerifier.WindowSeconds);

    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        var slack = app.MapGroup("/slack");
        // Route handlers as lambdas, so the request delegate generator compiles them at build time. They take the
        // HttpRequest, not the HttpContext: a Func<HttpContext, Task<IResult>> would bind as a RequestDelegate and
        // the returned IResult would not be written.
        // A replayed event is answered 200 and does nothing: Slack's own retries may repeat a delivery byte for byte
        // within the same second, and event_id already makes each event answered once.
        slack.MapPost("/commands", (HttpRequest request) => HandleAsync(request.HttpContext, Commands, Results.Unauthorized()));
        slack.MapPost("/interactions", (HttpRequest request) => HandleAsync(request.HttpContext, Interactions, Results.Unauthorized()));
        slack.MapPost("/events", (HttpRequest request) => HandleAsync(request.HttpContext, Events, Results.Ok()));
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, Func<byte[], IServiceProvider, ValueTask<IResult>> handle, IResult replayed)
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
            return await handle(body, services);
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

    /// <summary>
    /// True the first time Slack's <c>trigger_id</c> for a command or click is seen: each is answered once, even if
    /// the same click arrives again under a fresh signature. Requests without one are let through.
    /// </summary>
    private static ValueTask<bool> FirstTimeAsync(IServiceProvider services, string? triggerId) =>
        string.IsNullOrEmpty(triggerId)
            ? ValueTask.FromResult(true)
            : services.GetRequiredService<IReplayGuard>().TryAcceptAsync("slack:trigger:" + triggerId, SignatureLifetime, CancellationToken.None);

    private static async ValueTask<IResult> Commands(byte[] body, IServiceProvider services)
    {
        var form = SlackForm.Parse(body);

        // Slack's certificate check: answer 200 and do nothing. https://docs.slack.dev/interactivity/implementing-slash-commands
        if (form.Optional("ssl_check") == "1")
        {
            return Results.Ok();
        }

        var command = SlackSlashCommand.Parse(form);
        if (!await FirstTimeAsync(services, form.Optional("trigger_id")))
        {
            return Results.Ok();
        }

        var queue = services.GetRequiredService<SlackWorkQueue>();
        var text = command.Text;
        if (text.Length == 0 || text.Equals("help", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(new { response_type = "ephemeral", text = SlackReplies.Usage });
        }

        if (text.Equals("pinned", StringComparison.OrdinalIgnoreCase))
        {
            queue.Enqueue(SlackLane.Answers, "/ask pinned", (sp, ct) => sp.GetRequiredService<SlackAskHandler>().ListPinnedAsync(command, ct));
        }
        else if (QuotesOf(text) is { } person)
        {
            queue.Enqueue(SlackLane.Answers, "/ask quotes", (sp, ct) => sp.GetRequiredService<SlackAskHandler>().ListQuotesAsync(command, person, ct));
        }
        else
        {
            queue.Enqueue(SlackLane.Answers, "/ask", (sp, ct) => sp.GetRequiredService<SlackAskHandler>().AnswerCommandAsync(command, ct));
        }

        return Results.Ok();
    }

    private static async ValueTask<IResult> Interactions(byte[] body, IServiceProvider services)
    {
        var payload = SlackJson.ParseObject(Encoding.UTF8.GetBytes(SlackForm.Parse(body).Required("payload")));
        if (SlackBlockAction.TypeOf(payload) != SlackBlockAction.Type)
        {
            return Results.Ok();
        }

        var action = SlackBlockAction.Parse(payload);
        if (!await FirstTimeAsync(services, payload.OptionalString("trigger_id")))
        {
            return Results.Ok();
        }

        var queue = services.GetRequiredService<SlackWorkQueue>();
        switch (action.ActionId)
        {
            case SlackAnswerRenderer.PinAction:
                queue.Enqueue(SlackLane.Pins, "pin", (sp, ct) => sp.GetRequiredService<SlackPinHandler>().PinAsync(action, ct));
                break;
            case SlackAnswerRenderer.UnpinAction:
                queue.Enqueue(SlackLane.Pins, "unpin", (sp, ct) => sp.GetRequiredService<SlackPinHandler>().UnpinAsync(action, ct));
                break;
            case SlackAnswerRenderer.ContextAction:
                queue.Enqueue(SlackLane.Answers, "context", (sp, ct) => sp.GetRequiredService<SlackPinHandler>().ShowContextAsync(action, ct));
                break;
        }

        return Results.Ok();
    }

    private static ValueTask<IResult> Events(byte[] body, IServiceProvider services) => ValueTask.FromResult(EventsNow(body, services));

    private static IResult EventsNow(byte[] body, IServiceProvider services)
    {
        var root = SlackJson.ParseObject(body);
        switch (root.RequiredString("type"))
        {
            case SlackEventCallback.UrlVerification:
                return Results.Json(new { challenge = root.RequiredString("challenge") });
            case SlackEventCallback.Callback:
                var delivery = SlackEventCallback.Parse(root);

                // Retries (X-Slack-Retry-Num) carry the same event_id: the first delivery claims it, even mid-answer.
                if (services.GetRequiredService<SlackEventDeduplicator>().TryBegin(delivery.EventId)
                    && delivery.Mention is { FromBot: false } mention)
                {
                    services.GetRequiredService<SlackWorkQueue>().Enqueue(
                        SlackLane.Answers, "app_mention", (sp, ct) => sp.GetRequiredService<SlackAskHandler>().AnswerMentionAsync(mention, ct));
                }

                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    /// <summary>"quotes Jane Doe" → "Jane Doe".</summary>
    private static string? QuotesOf(string text)
    {
        const string Verb = "quotes ";
        return text.StartsWith(Verb, StringComparison.OrdinalIgnoreCase) && text[Verb.Length..].Trim() is { Length: > 0 } who ? who : null;
    }
}
