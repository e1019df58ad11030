using System.Text.Json;

namespace Bot.Slack.Api;

/// <summary>
/// A Web API response: HTTP 200 with <c>ok</c> true, or a typed error with Slack's own code and explanation.
/// https://docs.slack.dev/apis/web-api#responses
/// </summary>
/// <param name="Error">The typed error; <see cref="SlackApiError.None"/> when ok.</param>
/// <param name="Code">Slack's <c>error</c> string ("not_in_channel"), or a transport description.</param>
/// <param name="Body">The response body when ok, for the method's own fields.</param>
/// <param name="Needed">For missing_scope: the scope needed.</param>
internal sealed record SlackApiResult(SlackApiError Error, string? Code, JsonElement Body, string? Needed = null)
{
    public bool Ok => Error == SlackApiError.None;

    public static SlackApiResult Failed(SlackApiError error, string code) => new(error, code, default);

    public static SlackApiError Classify(string? code) => code switch
    {
        "already_pinned" => SlackApiError.AlreadyPinned,
        "no_pin" or "not_pinned" => SlackApiError.NoPin,
        "not_in_channel" => SlackApiError.NotInChannel,
        "channel_not_found" => SlackApiError.ChannelNotFound,
        "message_not_found" => SlackApiError.MessageNotFound,
        "too_many_pins" => SlackApiError.TooManyPins,
        "missing_scope" => SlackApiError.MissingScope,
        "ratelimited" or "rate_limited" => SlackApiError.RateLimited,
        _ => SlackApiError.Other,
    };

    /// <summary>A string field of an ok response, or null.</summary>
    public string? String(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
