namespace Bot.Core.Pins;

/// <summary>
/// Per-message leases in a store that several replicas share, so that Pin and Unpin of one message are serialized
/// across processes as <see cref="PinKeyLocks"/> serializes them within one. A lease expires on its own, so a crashed
/// holder cannot block a message for ever.
/// </summary>
public interface IPinLeases
{
    /// <summary>Waits until this caller holds the message's lease; dispose the result to release it.</summary>
    Task<IAsyncDisposable> AcquireAsync(PinKey key, CancellationToken ct);
}
