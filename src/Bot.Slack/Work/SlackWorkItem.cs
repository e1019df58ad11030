namespace Bot.Slack.Work;

/// <summary>One piece of work queued by an endpoint, run in a fresh scope in its lane.</summary>
internal sealed record SlackWorkItem(SlackLane Lane, string Name, Func<IServiceProvider, CancellationToken, Task> Work);
