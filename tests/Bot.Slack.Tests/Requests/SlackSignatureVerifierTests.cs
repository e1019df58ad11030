using System.Text;
using Bot.Slack.Requests;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Tests.Requests;

public sealed class SlackSignatureVerifierTests
{
    // Slack's worked example: https://docs.slack.dev/authentication/verifying-requests-from-slack (steps 1–4).
    private const string DocSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string DocTimestamp = "1531420618";
    private const string DocSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string DocBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar"
        + "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2F"
        + "commands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly DateTimeOffset s_docTime = DateTimeOffset.FromUnixTimeSeconds(long.Parse(DocTimestamp, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Sign_SlackDocumentedExample_ProducesDocumentedSignature()
    {
        // Arrange
        var body = Encoding.UTF8.GetBytes(DocBody);

        // Act
        var signature = SlackSignatureVerifier.Sign(DocSecret, DocTimestamp, body);

        // Assert
        Assert.Equal(DocSignature, signature);
    }

    [Fact]
    public void IsValid_SlackDocumentedExampleAtItsTimestamp_Passes()
    {
        // Arrange
        var verifier = Verifier(s_docTime);

        // Act
        var valid = verifier.IsValid(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody));

        // Assert
        Assert.True(valid);
    }

    [Fact]
    public void IsValid_TamperedBody_Fails()
    {
        // Arrange
        var verifier = Verifier(s_docTime);
        var tampered = DocBody.Replace("text=", "text=drop%20tables", StringComparison.Ordinal);

        // Act
        var valid = verifier.IsValid(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(tampered));

        // Assert
        Assert.False(valid);
    }

    [Theory]
    [InlineData(-360, false)] // six minutes old
    [InlineData(360, false)] // six minutes in the future
    [InlineData(-301, false)]
    [InlineData(-300, true)] // the doc's abs(now - ts) > 300 rejects; 300 itself passes
    [InlineData(300, true)]
    [InlineData(0, true)]
    public void IsValid_ClockOffsetFromTimestamp_AcceptsOnlyFiveMinuteWindow(int secondsFromNow, bool expected)
    {
        // Arrange: the request was signed at the doc's time; the clock is moved so the timestamp is that far from now.
        var verifier = Verifier(s_docTime.AddSeconds(-secondsFromNow));

        // Act
        var valid = verifier.IsValid(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody));

        // Assert
        Assert.Equal(expected, valid);
    }

    [Theory]
    [InlineData(null, DocSignature)]
    [InlineData(DocTimestamp, null)]
    [InlineData("", DocSignature)]
    [InlineData(DocTimestamp, "")]
    [InlineData("1531420618.5", DocSignature)]
    [InlineData(DocTimestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData(DocTimestamp, "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50")]
    [InlineData(DocTimestamp, "v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    public void IsValid_MissingOrMalformedHeader_Fails(string? timestamp, string? signature)
    {
        // Arrange
        var verifier = Verifier(s_docTime);

        // Act
        var valid = verifier.IsValid(timestamp, signature, Encoding.UTF8.GetBytes(DocBody));

        // Assert
        Assert.False(valid);
    }

    [Fact]
    public void IsValid_OtherSecret_Fails()
    {
        // Arrange
        var verifier = Verifier(s_docTime, "another-secret");

        // Act
        var valid = verifier.IsValid(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody));

        // Assert
        Assert.False(valid);
    }

    private static SlackSignatureVerifier Verifier(DateTimeOffset now, string secret = DocSecret) =>
        new(Options.Create(new SlackOptions { SigningSecret = secret, BotToken = "xoxb-test" }), new FakeTimeProvider(now));
}
