namespace Bot.Discord.Interactions;

/// <summary>
/// Which line deferred work waits in. Each lane runs a bounded number of items at once on its own, so pins waiting on a
/// slow or rate-limited Discord never hold up an answer.
/// </summary>
internal enum DiscordLane
{
    /// <summary>Answers, lists and context: what someone is waiting to read.</summary>
    Answers,

    /// <summary>Pin and Unpin clicks, which may wait on Discord's pin routes and their rate limits.</summary>
    Pins,
}
