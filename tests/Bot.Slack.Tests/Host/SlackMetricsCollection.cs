namespace Bot.Slack.Tests.Host;

/// <summary>Tests that read process-wide metrics: never in parallel with other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SlackMetricsCollection
{
    public const string Name = "Slack metrics";
}
