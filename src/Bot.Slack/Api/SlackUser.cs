using System.Text.Json;

namespace Bot.Slack.Api;

/// <summary>The fields of <c>users.info</c> the moderator check reads. https://docs.slack.dev/reference/methods/users.info</summary>
internal sealed record SlackUser(string Id, bool IsAdmin, bool IsOwner, bool IsPrimaryOwner, bool IsBot, bool Deleted, bool IsRestricted)
{
    /// <summary>Admins and owners are moderators; bots, deleted users and guests never are.</summary>
    public bool IsWorkspaceAdmin => (IsAdmin || IsOwner || IsPrimaryOwner) && !IsBot && !Deleted && !IsRestricted;

    public static SlackUser? From(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("user", out var user) || user.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        bool Flag(string name) => user.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
        var id = user.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() ?? "" : "";
        return new SlackUser(
            id,
            Flag("is_admin"),
            Flag("is_owner"),
            Flag("is_primary_owner"),
            Flag("is_bot"),
            Flag("deleted"),
            Flag("is_restricted") || Flag("is_ultra_restricted"));
    }
}
