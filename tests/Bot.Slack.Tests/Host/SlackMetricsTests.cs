using System.Net;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Host;

/// <summary>
/// <c>/metrics</c> after Slack questions. The bot's meter is static, so every host in the test process feeds every
/// host's exporter: these tests run alone, or another test's question would be counted too.
/// </summary>
[Collection(SlackMetricsCollection.Name)]
public sealed class SlackMetricsTests : SlackHostTest
{
    [Fact]
    public async Task One_ask_counts_as_one_Slack_question_on_metrics()
    {
        // Arrange
        using var client = App.CreateClient();
        await AskAsync(client);

        // Act
        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Matches(@"(?m)^bot_questions_total\{[^}]*platform=""slack""[^}]*\} 1(\s|$)", body);
    }
}
