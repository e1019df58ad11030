using Bot.Slack.Api;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Handling;

/// <summary>
/// Decides who may pin. Slack checks only the bot's own right to pin, so the bot decides: a configured user id, a member
/// of the configured user group, or (when <see cref="SlackOptions.AdminsAreModerators"/>) a workspace admin or owner.
/// Group members and users are cached for a few minutes. https://docs.slack.dev/reference/methods/usergroups.users.list
/// </summary>
internal sealed class SlackModeratorPolicy(IOptions<SlackOptions> options, SlackApiClient api, IMemoryCache cache)
{
    private static readonly TimeSpan s_cacheFor = TimeSpan.FromMinutes(5);

    public async Task<bool> IsModeratorAsync(string userId, CancellationToken ct)
    {
        var settings = options.Value;
        if (settings.ModeratorIds.Contains(userId))
        {
            return true;
        }

        if (settings.ModeratorUsergroupId is { Length: > 0 } group && (await GroupMembersAsync(group, ct)).Contains(userId))
        {
            return true;
        }

        return settings.AdminsAreModerators && await IsAdminAsync(userId, ct);
    }

    private async Task<IReadOnlySet<string>> GroupMembersAsync(string group, CancellationToken ct)
    {
        if (cache.TryGetValue(("slack-usergroup", group), out IReadOnlySet<string>? members) && members is not null)
        {
            return members;
        }

        var result = await api.ListUsergroupMembersAsync(group, ct);
        var users = result.Ok && result.Body.TryGetProperty("users", out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array
            ? list.EnumerateArray().Select(u => u.GetString() ?? "").Where(u => u.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];
        if (result.Ok)
        {
            cache.Set(("slack-usergroup", group), (IReadOnlySet<string>)users, s_cacheFor);
        }

        return users;
    }

    private async Task<bool> IsAdminAsync(string userId, CancellationToken ct)
    {
        if (cache.TryGetValue(("slack-admin", userId), out bool admin))
        {
            return admin;
        }

        var result = await api.GetUserAsync(userId, ct);
        if (!result.Ok)
        {
            return false;
        }

        admin = SlackUser.From(result.Body)?.IsWorkspaceAdmin ?? false;
        cache.Set(("slack-admin", userId), admin, s_cacheFor);
        return admin;
    }
}
