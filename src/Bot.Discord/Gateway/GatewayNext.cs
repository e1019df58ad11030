namespace Bot.Discord.Gateway;

/// <summary>What to do after a Gateway connection ends.</summary>
internal enum GatewayNext
{
    /// <summary>Reconnect to resume_gateway_url and RESUME the session (op 7, a resumable close, a drop, a zombie).</summary>
    Resume,

    /// <summary>Reconnect to the Gateway URL and IDENTIFY a new session.</summary>
    Identify,

    /// <summary>Op 9 with d=false: wait 1–5 s, then IDENTIFY a new session.</summary>
    IdentifyAfterInvalidSession,

    /// <summary>A close code that retrying cannot fix (4004, 4010–4014): log it once and stay offline.</summary>
    Stop,

    /// <summary>The host is shutting down.</summary>
    Shutdown,
}
