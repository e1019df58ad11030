namespace Bot.Discord.Tests;

/// <summary>One bot host shared by the <see cref="DiscordHostCollection"/> classes.</summary>
public sealed class DiscordHostFixture : IAsyncLifetime
{
    public DiscordBotFactory Factory { get; } = new();

    public async Task InitializeAsync() => await Factory.ReadyAsync();

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
