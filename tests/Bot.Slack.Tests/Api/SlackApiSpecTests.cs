using Bot.Slack.Api;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Api;

public sealed class SlackApiSpecTests
{
    public static TheoryData<string> MethodsWeCall => [.. SlackApiMethods.All];

    [Theory]
    [MemberData(nameof(MethodsWeCall))]
    public void Method_CalledByTheBot_ExistsInSlacksSpecOrTheDocsNewerList(string method)
    {
        // Act
        var known = SlackApiSpec.Knows(method);

        // Assert
        Assert.True(known, $"'{method}' is neither in tests/specs/slack-web-openapi.paths.json nor in tests/specs/slack-methods-newer-than-spec.txt.");
    }

    [Fact]
    public void Spec_Loaded_HoldsSlacksMethodsButNotInventedOnes()
    {
        // Act
        var methods = SlackApiSpec.Methods;

        // Assert: a sanity check that the spec was read, so the theory above can fail.
        Assert.True(methods.Count > 100, $"{methods.Count} methods");
        Assert.Contains("chat.postMessage", methods);
        Assert.False(SlackApiSpec.Knows("chat.postAnswer"));
    }
}
