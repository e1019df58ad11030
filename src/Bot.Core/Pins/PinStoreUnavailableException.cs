namespace Bot.Core.Pins;

/// <summary>
/// The pin store cannot be opened (corrupt, unreadable, or from a newer version). The bot stops rather than start
/// with an empty board that would hide the moderators' pins.
/// </summary>
public sealed class PinStoreUnavailableException : Exception
{
    /// <summary>Creates the exception; the message names the store's file or address.</summary>
    public PinStoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception; the message names the store's file or address.</summary>
    public PinStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public PinStoreUnavailableException()
        : this("The pin store cannot be opened.")
    {
    }
}
