using System.Text;
using Bot.Slack.Handling;
using Bot.Slack.Rendering;
using Bot.Slack.Requests;
using Bot.Slack.Work;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;

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
        slack.MapPost("/commands", (HttpRequest request) => HandleAsync(request.HttpContext, Commands));
        slack.MapPost("/interactions", (HttpRequest request) => HandleAsync(request.HttpContext, Interactions));
        slack.MapPost("/events", (HttpRequest request) => HandleAsync(request.HttpContext, Events));
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, Func<byte[], IServiceProvider, IResult> handle)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadBodyAsync(request.Body, context.RequestAborted);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var verifier = context.RequestServices.GetRequiredService<SlackSignatureVerifier>();
        if (!verifier.IsValid(request.Headers[SlackSignatureVerifier.TimestampHeader], request.Headers[SlackSignatureVerifier.SignatureHeader], body))
        {
            return Results.Unauthorized();
        }

        try
        {
            return handle(body, context.RequestServices);
        }
        catch (SlackPayloadException e)
        {
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

    internal static IResult Commands(byte[] body, IServiceProvider services)
    {
        var form = SlackForm.Parse(body);

        // Slack's certificate check: answer 200 and do nothing. https://docs.slack.dev/interactivity/implementing-slash-commands
        if (form.Optional("ssl_check") == "1")
        {
            return Results.Ok();
        }

        var command = SlackSlashCommand.Parse(form);
        var queue = services.GetRequiredService<SlackWorkQueue>();
        var text = command.Text;
        if (text.Length == 0 || text.Equals("help", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(new { response_type = "ephemeral", text = SlackReplies.Usage });
        }

        if (text.Equals("pinned", StringComparison.OrdinalIgnoreCase))
        {
            queue.Enqueue("/ask pinned", (sp, ct) => sp.GetRequiredService<SlackAskHandler>().ListPinnedAsync(command, ct));
        }
        else if (QuotesOf(text) is { } person)
        {
            queue.Enqueue("/ask quotes", (sp, ct) => sp.GetRequiredService<SlackAskHandler>().ListQuotesAsync(command, person, ct));
        }
        else
        {
            queue.Enqueue("/ask", (sp, ct) => sp.GetRequiredService<SlackAskHandler>().AnswerCommandAsync(command, ct));
        }

        return Results.Ok();
    }

    internal static IResult Interactions(byte[] body, IServiceProvider services)
    {
        var payload = SlackJson.ParseObject(Encoding.UTF8.GetBytes(SlackForm.Parse(body).Required("payload")));
        if (SlackBlockAction.TypeOf(payload) != SlackBlockAction.Type)
        {
            return Results.Ok();
        }

        var action = SlackBlockAction.Parse(payload);
        var queue = services.GetRequiredService<SlackWorkQueue>();
        switch (action.ActionId)
        {
            case SlackAnswerRenderer.PinAction:
                queue.Enqueue("pin", (sp, ct) => sp.GetRequiredService<SlackPinHandler>().PinAsync(action, ct));
                break;
            case SlackAnswerRenderer.UnpinAction:
                queue.Enqueue("unpin", (sp, ct) => sp.GetRequiredService<SlackPinHandler>().UnpinAsync(action, ct));
                break;
            case SlackAnswerRenderer.ContextAction:
                queue.Enqueue("context", (sp, ct) => sp.GetRequiredService<SlackPinHandler>().ShowContextAsync(action, ct));
                break;
        }

        return Results.Ok();
    }

    internal static IResult Events(byte[] body, IServiceProvider services)
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
                        "app_mention", (sp, ct) => sp.GetRequiredService<SlackAskHandler>().AnswerMentionAsync(mention, ct));
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
