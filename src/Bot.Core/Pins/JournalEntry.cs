namespace Bot.Core.Pins;

/// <summary>One unfinished piece of acknowledged work in the <see cref="IWorkJournal"/>.</summary>
/// <param name="Id">The entry's id, to complete it.</param>
/// <param name="Kind">The adapter's name for the work.</param>
/// <param name="Payload">What the adapter wrote to redo it.</param>
/// <param name="CreatedAt">When it was acknowledged.</param>
public sealed record JournalEntry(long Id, string Kind, string Payload, DateTimeOffset CreatedAt);
