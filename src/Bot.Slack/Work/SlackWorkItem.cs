namespace Bot.Slack.Work;

/// <summary>One piece of work queued by an endpoint, run in a fresh scope in its lane; its journal entry, if any, is removed when it ends.</summary>
internal sealed record SlackWorkItem(SlackLane Lane, string Name, Func<IServiceProvider, CancellationToken, Task> Work, long? JournalId);
