namespace Bot.Discord.Gateway;

/// <summary>
/// What the bot must remember to RESUME rather than IDENTIFY: the session id and resume URL from READY and the last
/// sequence number seen. The read loop writes it and the heartbeat reads it, hence the lock.
/// </summary>
internal sealed class GatewaySession
{
    private readonly Lock _lock = new();
    private long? _sequence;

    /// <summary>The session id from READY; null before the first READY and after the session was invalidated.</summary>
    public string? SessionId { get; private set; }

    /// <summary>READY's <c>resume_gateway_url</c>: where a RESUME must go.</summary>
    public Uri? ResumeUrl { get; private set; }

    /// <summary>The bot's own user id from READY: how a mention of the bot is recognised.</summary>
    public string? BotUserId { get; private set; }

    /// <summary>The last non-null sequence number (sent with heartbeats and RESUME).</summary>
    public long? Sequence
    {
        get
        {
            lock (_lock)
            {
                return _sequence;
            }
        }
    }

    /// <summary>True when there is a session to resume.</summary>
    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Observe(long? sequence)
    {
        if (sequence is null)
        {
            return;
        }

        lock (_lock)
        {
            _sequence = sequence;
        }
    }

    public void Ready(string sessionId, Uri resumeUrl, string botUserId)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
        BotUserId = botUserId;
    }

    /// <summary>Forgets the session (it was invalidated); the bot user id stays, it does not change between sessions.</summary>
    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        lock (_lock)
        {
            _sequence = null;
        }
    }
}
