using Bot.Host.Engine;

namespace Bot.Host.Server;

/// <summary>
/// Holds the engine once it has loaded. Loading runs in the background at start-up, so health answers at once and
/// readiness turns green when the index is in memory.
/// </summary>
internal sealed class EngineHolder : IDisposable
{
    private readonly TaskCompletionSource<BotEngine> _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the engine has loaded; faults when it cannot.</summary>
    public Task<BotEngine> Loaded => _loaded.Task;

    /// <summary>The engine, or null while it is loading (or failed to).</summary>
    public BotEngine? Current => _loaded.Task.IsCompletedSuccessfully ? _loaded.Task.Result : null;

    public void SetLoaded(BotEngine engine) => _loaded.TrySetResult(engine);

    public void SetFailed(Exception e) => _loaded.TrySetException(e);

    public void Dispose() => Current?.Dispose();
}
