namespace Bot.Core.Pins;

/// <summary>The outcome of a pin request and the active pin it left.</summary>
/// <param name="Outcome">Pinned, or already pinned (a double click or a retried request).</param>
/// <param name="Pin">The new pin, or the one that was already there (with its original pinner and time).</param>
public sealed record PinResult(PinOutcome Outcome, PinnedAnswer Pin);
