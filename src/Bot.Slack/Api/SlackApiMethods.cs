namespace Bot.Slack.Api;

/// <summary>Every Web API method the bot calls; a test checks each against Slack's published OpenAPI description.</summary>
internal static class SlackApiMethods
{
    public const string PostMessage = "chat.postMessage";
    public const string Update = "chat.update";
    public const string PinsAdd = "pins.add";
    public const string PinsRemove = "pins.remove";
    public const string UsersInfo = "users.info";
    public const string UsergroupUsersList = "usergroups.users.list";

    /// <summary>Socket Mode's WebSocket URL, asked for with the app-level token.</summary>
    public const string AppsConnectionsOpen = "apps.connections.open";

    public static IReadOnlyList<string> All { get; } = [PostMessage, Update, PinsAdd, PinsRemove, UsersInfo, UsergroupUsersList, AppsConnectionsOpen];
}
