using System.Net;
using Bot.Slack.Api;
using Bot.Slack.Rendering;
using Bot.Slack.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Tests.Api;

public sealed class SlackApiClientTests
{
    [Theory]
    [InlineData("already_pinned", nameof(SlackApiError.AlreadyPinned))]
    [InlineData("not_in_channel", nameof(SlackApiError.NotInChannel))]
    [InlineData("too_many_pins", nameof(SlackApiError.TooManyPins))]
    [InlineData("message_not_found", nameof(SlackApiError.MessageNotFound))]
    [InlineData("missing_scope", nameof(SlackApiError.MissingScope))]
    [InlineData("channel_not_found", nameof(SlackApiError.ChannelNotFound))]
    [InlineData("restricted_action", nameof(SlackApiError.Other))]
    public async Task AddPinAsync_OkFalse_BecomesTypedError(string code, string expected)
    {
        // Arrange
        var slack = new FakeSlackApi();
        slack.Enqueue("pins.add", () => FakeSlackApi.Json($$"""{"ok":false,"error":"{{code}}","needed":"pins:write"}"""));
        var api = Client(slack);

        // Act
        var result = await api.AddPinAsync("C1", "1.2", CancellationToken.None);

        // Assert
        Assert.False(result.Ok);
        Assert.Equal(expected, result.Error.ToString());
        Assert.Equal(code, result.Code);
    }

    [Fact]
    public async Task PostMessageAsync_Ok_SendsJsonWithBearerTokenAndReturnsTs()
    {
        // Arrange
        var slack = new FakeSlackApi();
        var api = Client(slack);

        // Act
        var result = await api.PostMessageAsync("C1", SlackMessage.Plain("hi"), "9.9", CancellationToken.None);

        // Assert
        var call = Assert.Single(slack.Calls);
        Assert.True(result.Ok);
        Assert.Equal(FakeSlackApi.PostedTs, result.String("ts"));
        Assert.Equal("Bearer xoxb-test", call.Authorization);
        Assert.Equal("C1", call.Json.GetProperty("channel").GetString());
        Assert.Equal("9.9", call.Json.GetProperty("thread_ts").GetString());
        Assert.Equal("https://slack.test/api/chat.postMessage", call.Uri.ToString());
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, nameof(SlackApiError.Transport))]
    [InlineData(HttpStatusCode.OK, nameof(SlackApiError.Transport))] // body is not JSON
    public async Task PostMessageAsync_NoUsableAnswer_IsTransportErrorNotAnException(HttpStatusCode status, string expected)
    {
        // Arrange
        var slack = new FakeSlackApi();
        slack.Enqueue("chat.postMessage", () => new HttpResponseMessage(status) { Content = new StringContent("<html>") });
        var api = Client(slack);

        // Act
        var result = await api.PostMessageAsync("C1", SlackMessage.Plain("hi"), null, CancellationToken.None);

        // Assert
        Assert.Equal(expected, result.Error.ToString());
        Assert.Single(slack.Calls);
    }

    [Fact]
    public async Task GetUserAsync_UserId_IsEscapedInQueryString()
    {
        // Arrange
        var slack = new FakeSlackApi();
        var api = Client(slack);

        // Act
        await api.GetUserAsync("U1&x=y", CancellationToken.None);

        // Assert
        var call = Assert.Single(slack.Calls);
        Assert.Equal(HttpMethod.Get, call.HttpMethod);
        Assert.Equal("?user=U1%26x%3Dy", call.Uri.Query);
    }

    internal static SlackApiClient Client(FakeSlackApi slack)
    {
        var options = Options.Create(new SlackOptions { SigningSecret = "s", BotToken = "xoxb-test" });
        var http = new HttpClient(new SlackBearerTokenHandler(options) { InnerHandler = new SlackRateLimitHandler(TimeProvider.System) { InnerHandler = slack } })
        {
            BaseAddress = new Uri("https://slack.test/api/"),
        };
        return new SlackApiClient(http, NullLogger<SlackApiClient>.Instance);
    }
}
