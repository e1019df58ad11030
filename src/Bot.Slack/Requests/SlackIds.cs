using System.Text.RegularExpressions;

namespace Bot.Slack.Requests;

/// <summary>
/// Ids checked where they enter, so nothing else handles an id of the wrong shape: teams <c>T…</c> (or an enterprise
/// <c>E…</c> for org-wide installs), users <c>U…</c>/<c>W…</c>, channels <c>C…</c>/<c>G…</c>/<c>D…</c>, and message
/// timestamps "1503435956.000247". https://docs.slack.dev/reference/objects (docs/slack.md §6.5)
/// </summary>
internal static partial class SlackIds
{
    public static string Team(string? value, string field) => Require(value, TeamShape(), field);

    public static string User(string? value, string field) => Require(value, UserShape(), field);

    public static string Channel(string? value, string field) => Require(value, ChannelShape(), field);

    public static string Ts(string? value, string field) => Require(value, TsShape(), field);

    /// <summary>An optional id: null when absent or empty, else it must have the shape.</summary>
    public static string? Optional(string? value, Func<string?, string, string> check, string field) =>
        string.IsNullOrEmpty(value) ? null : check(value, field);

    private static string Require(string? value, Regex shape, string field) =>
        value is not null && shape.IsMatch(value) ? value : throw new SlackPayloadException($"The field '{field}' is not a Slack id.");

    [GeneratedRegex("^[TE][A-Z0-9]{1,30}$")]
    private static partial Regex TeamShape();

    [GeneratedRegex("^[UW][A-Z0-9]{1,30}$")]
    private static partial Regex UserShape();

    [GeneratedRegex("^[CGD][A-Z0-9]{1,30}$")]
    private static partial Regex ChannelShape();

    [GeneratedRegex(@"^[0-9]{1,12}\.[0-9]{1,9}$")]
    private static partial Regex TsShape();
}
