using Microsoft.Extensions.Hosting;

namespace Bot.Store;

/// <summary>
/// Opens and migrates the pin store as the host starts: a bad file or an unreachable database fails startup, not the
/// first pin.
/// </summary>
internal sealed class PinStoreStartup(SqlPinStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
