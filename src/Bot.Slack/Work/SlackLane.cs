namespace Bot.Slack.Work;

/// <summary>
/// Which line a piece of work waits in. Each lane runs a few items at once on its own, so eight pins waiting on a slow
/// pins.add never hold up an answer.
/// </summary>
internal enum SlackLane
{
    /// <summary>Answers, lists and context: what someone is waiting to read.</summary>
    Answers,

    /// <summary>Pin and Unpin clicks, which may wait on Slack's pins methods and their rate limits.</summary>
    Pins,
}
