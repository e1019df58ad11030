namespace Bot.Core.Pins;

/// <summary>What a pin request did.</summary>
public enum PinOutcome
{
    /// <summary>A new active pin was stored.</summary>
    Pinned,

    /// <summary>The message already had an active pin; nothing changed.</summary>
    AlreadyPinned,
}
