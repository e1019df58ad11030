namespace Bot.Discord.Tests;

/// <summary>The end-to-end test classes share one bot host: loading the articles and the index once keeps the suite quick.</summary>
[CollectionDefinition(Name)]
public sealed class DiscordHostCollection : ICollectionFixture<DiscordHostFixture>
{
    public const string Name = "Discord host";
}
