using System.Net;

namespace Bot.Discord.Api;

/// <summary>Discord answered with an error: the HTTP status and, when the body had one, Discord's JSON error code.</summary>
public sealed class DiscordApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DiscordApiException(HttpStatusCode status, int? code, string? discordMessage)
        : base($"Discord answered {(int)status}{(code is { } c ? $" (code {c})" : "")}: {discordMessage ?? "no message"}")
    {
        Status = status;
        Code = code;
    }

    /// <summary>Creates the exception.</summary>
    public DiscordApiException()
        : this(HttpStatusCode.InternalServerError, null, null)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DiscordApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>Discord's JSON error code (https://docs.discord.com/developers/topics/opcodes-and-status-codes#json), if any.</summary>
    public int? Code { get; }
}
