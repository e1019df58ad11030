using Bot.Discord.Api;

namespace Bot.Discord.Tests;

/// <summary>The REST client against a fake Discord over real HTTP that drops connections (<see cref="DroppingDiscordServer"/>).</summary>
public sealed class DiscordApiClientConnectionTests : IDisposable
{
    private const int IdleConnections = 3;

    private readonly DroppingDiscordServer _discord = new(IdleConnections);

    public void Dispose() => _discord.Dispose();

    [Fact]
    public async Task A_pin_whose_connection_drops_is_sent_once_even_with_idle_connections_in_the_pool()
    {
        // Arrange: three idle pooled connections, as after a few calls.
        _discord.Start();
        using var http = new HttpClient(new SocketsHttpHandler()) { BaseAddress = _discord.BaseAddress };
        var client = new DiscordApiClient(http);
        await Task.WhenAll(Enumerable.Range(0, IdleConnections).Select(_ => client.IsPinnedAsync("1", "2", CancellationToken.None)));

        // Act
        var error = await Record.ExceptionAsync(() => client.PinMessageAsync("1", "2", "test", CancellationToken.None));

        // Assert
        Assert.IsType<HttpRequestException>(error);
        Assert.Equal(1, _discord.PinPuts);
    }
}
