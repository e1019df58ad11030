namespace Bot.Slack.Work;

/// <summary>One piece of work queued by an endpoint, run in a fresh scope.</summary>
internal sealed record SlackWorkItem(string Name, Func<IServiceProvider, CancellationToken, Task> Work);
