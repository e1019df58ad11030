using System.Collections.Concurrent;
using Bot.Core.Pins;
using Bot.Discord.Dtos;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>
/// Journals an interaction whose reply may be deferred: the entry is written before Discord gets its acknowledgement,
/// claimed by <see cref="DiscordDeferredAnswers"/> when the work is deferred (and removed when that work ends), or
/// removed at once when the reply went inline. What a crash leaves behind, <see cref="DiscordJournalRecovery"/> redoes.
/// </summary>
internal sealed class DiscordWorkJournal(IWorkJournal journal, ILogger<DiscordWorkJournal> logger)
{
    /// <summary>The journal's kind for an interaction; its payload is the interaction's verified JSON.</summary>
    public const string InteractionKind = "interaction";

    private readonly ConcurrentDictionary<string, long> _open = new(StringComparer.Ordinal);

    /// <summary>True for the interactions whose reply may be deferred: commands and component clicks.</summary>
    public static bool MayDefer(DiscordInteraction interaction) =>
        interaction?.Type is DiscordInteractionType.ApplicationCommand or DiscordInteractionType.MessageComponent;

    /// <summary>Writes the interaction down before it is routed; on a store failure the work still runs, unjournaled.</summary>
    public async Task BeginAsync(DiscordInteraction interaction, string payload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        try
        {
            Adopt(interaction.Id, await journal.AddAsync(ChatPlatform.Discord, InteractionKind, payload, ct));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not journal Discord interaction {Id}; running it unjournaled", interaction.Id);
        }
    }

    /// <summary>Marks an interaction as having the entry <paramref name="entryId"/> (a new one, or one being redone).</summary>
    public void Adopt(string interactionId, long entryId) => _open[interactionId] = entryId;

    /// <summary>The interaction's entry, now owned by the caller, which removes it when the work ends.</summary>
    public long? Claim(string interactionId) => _open.TryRemove(interactionId, out var id) ? id : null;

    /// <summary>Removes the entry of an interaction whose reply went inline: nothing is left to do.</summary>
    public Task EndUnclaimedAsync(string interactionId) => CompleteAsync(Claim(interactionId));

    /// <summary>Removes an entry whose work has ended; a failure only means the work is redone at the next start.</summary>
    public async Task CompleteAsync(long? entryId)
    {
        if (entryId is not { } id)
        {
            return;
        }

        try
        {
            await journal.CompleteAsync(id, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not remove finished Discord work {Id} from the journal; it will be redone at the next start", id);
        }
    }
}
