using System.ComponentModel.DataAnnotations;

namespace Bot.Slack;

/// <summary>
/// The "Slack" section: the app's signing secret and bot token, and who may pin answers.
/// See https://docs.slack.dev/authentication/verifying-requests-from-slack and docs/slack-setup.md.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>
    /// Basic Information → App Credentials → Signing Secret; used as UTF-8 text, never hex-decoded. Required for the
    /// HTTP endpoints, which are mapped only when it is set; Socket Mode (<see cref="AppToken"/>) does not use it.
    /// </summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>
    /// The app-level token (xapp-…, scope connections:write): when set, the bot connects out over Socket Mode and
    /// needs no public URL. https://docs.slack.dev/apis/events-api/using-socket-mode
    /// </summary>
    [RegularExpression("^(xapp-.+)?$", ErrorMessage = "Slack:AppToken must be an app-level token (xapp-…).")]
    public string AppToken { get; set; } = "";

    /// <summary>The bot token (xoxb-…) for the Web API.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Slack:BotToken must be set when Slack:SigningSecret or Slack:AppToken is set.")]
    public string BotToken { get; set; } = "";

    /// <summary>True when the HTTP endpoints are on (the signing secret verifies their requests).</summary>
    public bool HasHttpEndpoints => !string.IsNullOrWhiteSpace(SigningSecret);

    /// <summary>True when Socket Mode is on.</summary>
    public bool HasSocketMode => !string.IsNullOrWhiteSpace(AppToken);

    /// <summary>User ids (U…/W…) who may pin answers. Entries may also hold comma-separated ids.</summary>
    public IList<string> ModeratorUserIds { get; } = [];

    /// <summary>A user group (S…) whose members may pin answers; empty for none.</summary>
    public string? ModeratorUsergroupId { get; set; }

    /// <summary>Whether workspace admins and owners (per users.info) may pin answers.</summary>
    public bool AdminsAreModerators { get; set; } = true;

    /// <summary>The Web API's base address.</summary>
    [Required(ErrorMessage = "Slack:ApiBaseUrl must be an absolute URL.")]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>The configured moderator ids, split on commas and trimmed.</summary>
    public IReadOnlySet<string> ModeratorIds =>
        ModeratorUserIds
            .SelectMany(entry => entry.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
}
