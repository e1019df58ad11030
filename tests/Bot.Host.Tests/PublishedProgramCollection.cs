namespace Bot.Host.Tests;

/// <summary>Tests that build or run the published program: heavy, so never in parallel with other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PublishedProgramCollection
{
    public const string Name = "Published program";
}
