using System.Text;
using Bot.Core.Pins;
using Bot.Core.Replays;
using Bot.Slack.Handling;
using Bot.Slack.Rendering;
using Bot.Slack.Requests;
using Bot.Slack.Work;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Slack;

/// <summary>
/// Turns a verified body into queued work. A new delivery (<paramref name="JournalId"/> null) is checked for a repeated
/// trigger or event and written to the <see cref="IWorkJournal"/> before it is acknowledged, so a crash cannot lose
/// it; a redelivery from the journal after a restart (<see cref="SlackJournalRecovery"/>) keeps its entry and skips
/// those checks. Only singletons are resolved here, so the root provider serves a redelivery.
/// </summary>
/// <param name="Services">Where the queue, the journal and the replay guard come from.</param>
/// <param name="Body">The verified raw body.</param>
/// <param name="JournalId">The journal entry being redone, or null for a new delivery.</param>
internal sealed record SlackDispatch(IServiceProvider Services, byte[] Body, long? JournalId)
{
    /// <summary>The journal's kinds: which endpoint the body came to.</summary>
    public static class Kinds
    {
        public const string Command = "command";
        public const string Interaction = "interaction";
        public const string Event = "event";
    }

    /// <summary>Parses the body as <paramref name="kind"/> and queues its work; throws <see cref="SlackPayloadException"/> when malformed.</summary>
    public ValueTask<IResult> RunAsync(string kind) => kind switch
    {
        Kinds.Command => CommandAsync(),
        Kinds.Interaction => InteractionAsync(),
        Kinds.Event => EventAsync(),
        _ => throw new SlackPayloadException($"Unknown kind of Slack work '{kind}'."),
    };

    private async ValueTask<IResult> CommandAsync()
    {
        var form = SlackForm.Parse(Body);

        // Slack's certificate check: answer 200 and do nothing. https://docs.slack.dev/interactivity/implementing-slash-commands
        if (form.Optional("ssl_check") == "1")
        {
            return Results.Ok();
        }

        var command = SlackSlashCommand.Parse(form);
        if (!await FirstTimeAsync("slack:trigger:" + form.Optional("trigger_id")))
        {
            return Results.Ok();
        }

        var text = command.Text;
        if (text.Length == 0 || text.Equals("help", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(new { response_type = "ephemeral", text = SlackReplies.Usage });
        }

        if (text.Equals("pinned", StringComparison.OrdinalIgnoreCase))
        {
            await EnqueueAsync(Kinds.Command, SlackLane.Answers, "/ask pinned", (sp, ct) => sp.GetRequiredService<SlackAskHandler>().ListPinnedAsync(command, ct));
        }
        else if (QuotesOf(text) is { } person)
        {
            await EnqueueAsync(Kinds.Command, SlackLane.Answers, "/ask quotes", (sp, ct) => sp.GetRequiredService<SlackAskHandler>().ListQuotesAsync(command, person, ct));
        }
        else
        {
            await EnqueueAsync(Kinds.Command, SlackLane.Answers, "/ask", (sp, ct) => sp.GetRequiredService<SlackAskHandler>().AnswerCommandAsync(command, ct));
        }

        return Results.Ok();
    }

    private async ValueTask<IResult> InteractionAsync()
    {
        var payload = SlackJson.ParseObject(Encoding.UTF8.GetBytes(SlackForm.Parse(Body).Required("payload")));
        if (SlackBlockAction.TypeOf(payload) != SlackBlockAction.Type)
        {
            return Results.Ok();
        }

        var action = SlackBlockAction.Parse(payload);
        if (!await FirstTimeAsync("slack:trigger:" + payload.OptionalString("trigger_id")))
        {
            return Results.Ok();
        }

        switch (action.ActionId)
        {
            case SlackAnswerRenderer.PinAction:
                await EnqueueAsync(Kinds.Interaction, SlackLane.Pins, "pin", (sp, ct) => sp.GetRequiredService<SlackPinHandler>().PinAsync(action, ct));
                break;
            case SlackAnswerRenderer.UnpinAction:
                await EnqueueAsync(Kinds.Interaction, SlackLane.Pins, "unpin", (sp, ct) => sp.GetRequiredService<SlackPinHandler>().UnpinAsync(action, ct));
                break;
            case SlackAnswerRenderer.ContextAction:
                await EnqueueAsync(Kinds.Interaction, SlackLane.Answers, "context", (sp, ct) => sp.GetRequiredService<SlackPinHandler>().ShowContextAsync(action, ct));
                break;
        }

        return Results.Ok();
    }

    private async ValueTask<IResult> EventAsync()
    {
        var root = SlackJson.ParseObject(Body);
        switch (root.RequiredString("type"))
        {
            case SlackEventCallback.UrlVerification:
                return Results.Json(new { challenge = root.RequiredString("challenge") });
            case SlackEventCallback.Callback:
                var delivery = SlackEventCallback.Parse(root);

                // Retries (X-Slack-Retry-Num) carry the same event_id: the first delivery claims it, even mid-answer.
                var first = JournalId is not null || await Services.GetRequiredService<SlackEventDeduplicator>().TryBeginAsync(delivery.EventId);
                if (first && delivery.Mention is { FromBot: false } mention)
                {
                    await EnqueueAsync(Kinds.Event, SlackLane.Answers, "app_mention", (sp, ct) => sp.GetRequiredService<SlackAskHandler>().AnswerMentionAsync(mention, ct));
                }

                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    /// <summary>
    /// True the first time a trigger is seen (each command or click is answered once, even when the same one arrives
    /// again under a fresh signature), and always for a redelivery or a request without a trigger.
    /// </summary>
    private ValueTask<bool> FirstTimeAsync(string key) =>
        JournalId is not null || key.EndsWith(':')
            ? ValueTask.FromResult(true)
            : Services.GetRequiredService<IReplayGuard>().TryAcceptAsync(key, SlackEndpoints.SignatureLifetime, CancellationToken.None);

    /// <summary>Writes a new delivery to the journal (a redelivery already has its entry), then queues its work.</summary>
    private async Task EnqueueAsync(string kind, SlackLane lane, string name, Func<IServiceProvider, CancellationToken, Task> work)
    {
        var id = JournalId;
        if (id is null && Services.GetService<IWorkJournal>() is { } journal)
        {
            try
            {
                id = await journal.AddAsync(ChatPlatform.Slack, kind, Encoding.UTF8.GetString(Body), CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The work still runs; only a crash before it ends would lose it. Better than refusing the click.
                Services.GetRequiredService<ILoggerFactory>().CreateLogger<SlackDispatch>().LogError(e, "Could not journal Slack {Name}; running it unjournaled", name);
            }
        }

        Services.GetRequiredService<SlackWorkQueue>().Enqueue(lane, name, work, id);
    }

    /// <summary>"quotes Jane Doe" → "Jane Doe".</summary>
    private static string? QuotesOf(string text)
    {
        const string Verb = "quotes ";
        return text.StartsWith(Verb, StringComparison.OrdinalIgnoreCase) && text[Verb.Length..].Trim() is { Length: > 0 } who ? who : null;
    }
}
