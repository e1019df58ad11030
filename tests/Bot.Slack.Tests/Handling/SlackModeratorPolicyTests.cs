using Bot.Slack.Handling;
using Bot.Slack.Tests.Api;
using Bot.Slack.Tests.Fakes;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Tests.Handling;

public sealed class SlackModeratorPolicyTests
{
    [Fact]
    public async Task IsModeratorAsync_ConfiguredUser_IsModeratorWithoutCallingSlack()
    {
        // Arrange
        var slack = new FakeSlackApi();
        var options = new SlackOptions { ModeratorUsergroupId = "S1" };
        options.ModeratorUserIds.Add("UA, UMOD");
        var policy = Policy(slack, options);

        // Act
        var moderator = await policy.IsModeratorAsync("UMOD", CancellationToken.None);

        // Assert
        Assert.True(moderator);
        Assert.Empty(slack.Calls);
    }

    [Fact]
    public async Task IsModeratorAsync_UsergroupMember_IsModeratorAndGroupIsCached()
    {
        // Arrange
        var slack = new FakeSlackApi();
        slack.Enqueue("usergroups.users.list", () => FakeSlackApi.Json("""{"ok":true,"users":["U7","U8"]}"""));
        var policy = Policy(slack, new SlackOptions { ModeratorUsergroupId = "S1", AdminsAreModerators = false });

        // Act
        var first = await policy.IsModeratorAsync("U7", CancellationToken.None);
        var second = await policy.IsModeratorAsync("U8", CancellationToken.None);
        var outsider = await policy.IsModeratorAsync("U9", CancellationToken.None);

        // Assert
        Assert.True(first);
        Assert.True(second);
        Assert.False(outsider);
        Assert.Single(slack.CallsTo("usergroups.users.list"));
        Assert.Equal("?usergroup=S1", slack.Calls[0].Uri.Query);
    }

    [Theory]
    [InlineData("""{"ok":true,"user":{"id":"U1","is_admin":true}}""", true, true)]
    [InlineData("""{"ok":true,"user":{"id":"U1","is_owner":true}}""", true, true)]
    [InlineData("""{"ok":true,"user":{"id":"U1","is_admin":true,"is_restricted":true}}""", true, false)]
    [InlineData("""{"ok":true,"user":{"id":"U1","is_admin":true,"deleted":true}}""", true, false)]
    [InlineData("""{"ok":true,"user":{"id":"U1"}}""", true, false)]
    [InlineData("""{"ok":false,"error":"user_not_found"}""", true, false)]
    [InlineData("""{"ok":true,"user":{"id":"U1","is_admin":true}}""", false, false)]
    public async Task IsModeratorAsync_WorkspaceRole_AdminsAndOwnersOnlyWhenEnabled(string usersInfo, bool adminsAreModerators, bool expected)
    {
        // Arrange
        var slack = new FakeSlackApi();
        slack.Enqueue("users.info", () => FakeSlackApi.Json(usersInfo));
        var policy = Policy(slack, new SlackOptions { AdminsAreModerators = adminsAreModerators });

        // Act
        var moderator = await policy.IsModeratorAsync("U1", CancellationToken.None);

        // Assert
        Assert.Equal(expected, moderator);
    }

    private static SlackModeratorPolicy Policy(FakeSlackApi slack, SlackOptions options) =>
        new(Options.Create(options), SlackApiClientTests.Client(slack), new MemoryCache(new MemoryCacheOptions()));
}
