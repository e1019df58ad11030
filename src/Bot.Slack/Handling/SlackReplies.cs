using Bot.Slack.Api;

namespace Bot.Slack.Handling;

/// <summary>What the bot says when it is not answering: help, refusals to pin, and Slack errors in plain words.</summary>
internal static class SlackReplies
{
    public const string Usage =
        "*How to ask:*\n"
        + "• `/ask <question>`: a cited answer from the articles, posted in the channel\n"
        + "• `/ask quotes <person>`: what a person is quoted saying\n"
        + "• `/ask pinned`: the answers moderators pinned in this channel\n"
        + "• `@bot <question>` in a channel: the answer in a thread";

    public const string OnlyModerators = "Only moderators can pin answers.";

    public const string InviteToPin = "I answered through Slack because I'm not a member of this channel. Invite me (`/invite @bot`) so answers can be pinned.";

    public const string CannotPinEphemeral = "Only answers posted in the channel can be pinned.";

    public const string PassageGone = "That passage is no longer in the articles, so it can't be pinned.";

    public const string ArticleChanged = "The article changed since this answer was posted — ask again to pin the current text.";

    public const string ContextArticleChanged = "The article changed since this answer was posted — ask again to see the current text.";

    public const string NoWorkspace = "Slack did not say which workspace this message is in, so it was not pinned.";

    public const string NoPins = "No answers are pinned in this channel yet.";

    /// <summary>A failed pins.add or pins.remove, for the moderator who clicked.</summary>
    public static string PinFailed(SlackApiResult result) => result.Error switch
    {
        SlackApiError.TooManyPins => "This channel has too many pins. Unpin something, then try again.",
        SlackApiError.NotInChannel or SlackApiError.ChannelNotFound => "I'm not a member of this channel. Invite me (`/invite @bot`), then try again.",
        SlackApiError.MessageNotFound => "That message no longer exists, so it can't be pinned.",
        SlackApiError.MissingScope => $"I'm missing a Slack permission ({result.Needed ?? "pins:write"}). Ask a workspace admin to reinstall the app.",
        SlackApiError.RateLimited => "Slack is rate-limiting me. Try again in a minute.",
        SlackApiError.Transport => "Slack did not answer, so I can't tell whether the pin changed. Click again to make sure; it is harmless.",
        _ => "Pinning failed. Try again later.",
    };

    /// <summary>A failed chat.postMessage that the response_url fallback does not cover.</summary>
    public const string PostFailed = "Sorry, I couldn't post the answer. Please try again.";
}
