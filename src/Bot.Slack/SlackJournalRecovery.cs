using System.Text;
using Bot.Core.Pins;
using Bot.Slack.Requests;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Slack;

/// <summary>
/// On start, redoes the Slack work that was acknowledged but never finished (the process was killed, or stopped past
/// its shutdown timeout): each journal entry is parsed again and queued as when it first arrived. Redoing is safe:
/// pins.add and pins.remove are idempotent and the board records what Slack confirms; an answer is posted once more
/// only if the crash came between its post and the removal of its entry.
/// </summary>
internal sealed class SlackJournalRecovery(IServiceProvider services, IWorkJournal journal, ILogger<SlackJournalRecovery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<JournalEntry> pending;
        try
        {
            pending = await journal.PendingAsync(ChatPlatform.Slack, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not read the Slack work journal; unfinished work from before the restart is not redone");
            return;
        }

        foreach (var entry in pending)
        {
            logger.LogInformation("Redoing Slack {Kind} acknowledged at {At} but not finished before the restart", entry.Kind, entry.CreatedAt);
            try
            {
                await new SlackDispatch(services, Encoding.UTF8.GetBytes(entry.Payload), entry.Id).RunAsync(entry.Kind);
            }
            catch (SlackPayloadException e)
            {
                logger.LogWarning("Dropping Slack work {Id} from the journal: {Reason}", entry.Id, e.Message);
                await journal.CompleteAsync(entry.Id, stoppingToken);
            }
        }
    }
}
