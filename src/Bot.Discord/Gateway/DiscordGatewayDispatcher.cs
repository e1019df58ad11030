using System.Collections.Concurrent;
using System.Text.Json;
using Bot.Discord.Dtos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// Runs the work for a dispatch off the read loop, each in its own DI scope (a slow answer must not delay the
/// heartbeat), and keeps track of it so shutdown can let it finish.
/// </summary>
internal sealed class DiscordGatewayDispatcher(IServiceScopeFactory scopes, ILogger<DiscordGatewayDispatcher> logger) : IDisposable
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    /// <summary>Cancelled when shutdown gives up waiting, not when it begins: started answers should reach Discord.</summary>
    private readonly CancellationTokenSource _abort = new();

    /// <summary>Starts the work for MESSAGE_CREATE and INTERACTION_CREATE; every other event is ignored.</summary>
    public void Dispatch(string type, JsonElement data)
    {
        var ct = _abort.Token;
        Func<IServiceProvider, Task>? work = type switch
        {
            "MESSAGE_CREATE" => sp => sp.GetRequiredService<DiscordMentionHandler>().HandleAsync(Parse<DiscordMessageCreate>(data), ct),
            "INTERACTION_CREATE" => sp => sp.GetRequiredService<DiscordGatewayInteractions>().HandleAsync(Parse<DiscordInteraction>(data), ct),
            _ => null,
        };
        if (work is null)
        {
            return;
        }

        var task = Task.Run(() => RunAsync(type, work), CancellationToken.None);
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Waits for the work already started until <paramref name="ct"/>, then cancels what is left.</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        try
        {
            await Task.WhenAll(_running.Keys).WaitAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            logger.LogWarning("Shutdown timeout: cancelling {Count} unfinished Discord Gateway event(s)", _running.Count);
            await _abort.CancelAsync();
        }
    }

    public void Dispose() => _abort.Dispose();

    private async Task RunAsync(string type, Func<IServiceProvider, Task> work)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await work(scope.ServiceProvider);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Discord Gateway event {Type} failed", type);
        }
    }

    private static T Parse<T>(JsonElement data) =>
        data.Deserialize<T>(DiscordJson.Options) ?? throw new JsonException($"The {typeof(T).Name} was null.");
}
