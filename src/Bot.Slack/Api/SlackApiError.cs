namespace Bot.Slack.Api;

/// <summary>
/// The Web API errors the bot reacts to; every other <c>error</c> string is <see cref="Other"/> and kept verbatim.
/// https://docs.slack.dev/reference/methods/pins.add, chat.postMessage, chat.update
/// </summary>
internal enum SlackApiError
{
    None,
    AlreadyPinned,
    NoPin,
    NotInChannel,
    ChannelNotFound,
    MessageNotFound,
    TooManyPins,
    MissingScope,
    RateLimited,

    /// <summary>No answer from Slack: a network failure, a timeout, a 5xx or a body that is not JSON.</summary>
    Transport,
    Other,
}
