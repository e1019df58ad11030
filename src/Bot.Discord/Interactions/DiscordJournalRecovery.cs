using System.Text.Json;
using Bot.Core.Articles;
using Bot.Core.Pins;
using Bot.Discord.Dtos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Interactions;

/// <summary>
/// On start, redoes the interactions that were acknowledged with a deferral but never finished (the process was
/// killed, or stopped past its shutdown timeout). Each is routed again: a Pin or Unpin is deferred again and finishes
/// with its own checks (the board records what Discord confirms), and a reply that now comes inline is sent as the
/// edit the deferral promised. If the interaction's token has expired (15 minutes), the work is still done and only
/// the message to the person is lost, which is logged.
/// </summary>
internal sealed class DiscordJournalRecovery(
    IServiceScopeFactory scopes,
    IWorkJournal journal,
    DiscordWorkJournal entries,
    DiscordDeferredAnswers deferred,
    IArticleLibraryProvider libraries,
    IOptions<DiscordOptions> options,
    ILogger<DiscordJournalRecovery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<JournalEntry> pending;
        try
        {
            pending = await journal.PendingAsync(ChatPlatform.Discord, stoppingToken);
            if (pending.Count > 0)
            {
                await libraries.GetAsync(stoppingToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not read the Discord work journal; unfinished work from before the restart is not redone");
            return;
        }

        foreach (var entry in pending)
        {
            await RedoAsync(entry, stoppingToken);
        }
    }

    private async Task RedoAsync(JournalEntry entry, CancellationToken ct)
    {
        var interaction = JsonSerializer.Deserialize<DiscordInteraction>(entry.Payload, DiscordJson.Options);
        if (interaction is null)
        {
            await entries.CompleteAsync(entry.Id);
            return;
        }

        logger.LogInformation("Redoing Discord interaction {Id} acknowledged at {At} but not finished before the restart", interaction.Id, entry.CreatedAt);
        entries.Adopt(interaction.Id, entry.Id);
        await using var scope = scopes.CreateAsyncScope();
        var response = await scope.ServiceProvider.GetRequiredService<DiscordInteractionRouter>().RouteAsync(interaction, ct);

        // Deferred again: the queued work owns the entry. Otherwise send what the deferral promised now.
        if (entries.Claim(interaction.Id) is { } unclaimed)
        {
            var deferral = interaction.Type == DiscordInteractionType.MessageComponent ? DiscordCallbackType.DeferredUpdateMessage : DiscordCallbackType.DeferredChannelMessage;
            if (!deferred.Enqueue(options.Value.ApplicationId, interaction.Token, deferral, (_, _) => Task.FromResult(response), DiscordLane.Answers, unclaimed))
            {
                logger.LogWarning("Shutting down: Discord interaction {Id} stays journaled for the next start", interaction.Id);
            }
        }
    }
}
