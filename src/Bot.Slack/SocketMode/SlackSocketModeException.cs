namespace Bot.Slack.SocketMode;

/// <summary>apps.connections.open refused: <see cref="Code"/> is Slack's error ("invalid_auth") or "http_NNN".</summary>
internal sealed class SlackSocketModeException(string code) : Exception($"apps.connections.open failed: {code}")
{
    public string Code { get; } = code;

    /// <summary>A wrong or revoked app token, or an app not allowed here: retrying cannot help.</summary>
    public bool IsFatal => Code is "invalid_auth" or "not_authed" or "account_inactive" or "token_revoked" or "forbidden_team" or "not_allowed_token_type";
}
