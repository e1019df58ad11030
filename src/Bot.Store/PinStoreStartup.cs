using Microsoft.Extensions.Hosting;

namespace Bot.Store;

/// <summary>Opens and migrates the pin store as the host starts: a bad file fails startup, not the first pin.</summary>
internal sealed class PinStoreStartup(SqlitePinStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
