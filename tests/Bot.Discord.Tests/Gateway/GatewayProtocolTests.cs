using System.Text;
using Bot.Discord.Gateway;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayProtocolTests
{
    [Theory]
    [InlineData(null, nameof(GatewayNext.Resume))]
    [InlineData(4000, nameof(GatewayNext.Resume))]
    [InlineData(4001, nameof(GatewayNext.Resume))]
    [InlineData(4002, nameof(GatewayNext.Resume))]
    [InlineData(4005, nameof(GatewayNext.Resume))]
    [InlineData(4008, nameof(GatewayNext.Resume))]
    [InlineData(4003, nameof(GatewayNext.Identify))]
    [InlineData(4007, nameof(GatewayNext.Identify))]
    [InlineData(4009, nameof(GatewayNext.Identify))]
    [InlineData(1000, nameof(GatewayNext.Identify))]
    [InlineData(4004, nameof(GatewayNext.Stop))]
    [InlineData(4010, nameof(GatewayNext.Stop))]
    [InlineData(4011, nameof(GatewayNext.Stop))]
    [InlineData(4012, nameof(GatewayNext.Stop))]
    [InlineData(4013, nameof(GatewayNext.Stop))]
    [InlineData(4014, nameof(GatewayNext.Stop))]
    public void NextAfter_CloseCode_FollowsDiscordsTable(int? code, string expected)
    {
        // Act / Assert
        Assert.Equal(expected, GatewayCloseCodes.NextAfter(code).ToString());
    }

    [Fact]
    public void Heartbeat_BeforeAnySequence_WritesNull()
    {
        // Act / Assert
        Assert.Equal("""{"op":1,"d":null}""", Encoding.UTF8.GetString(GatewayCommands.Heartbeat(null)));
        Assert.Equal("""{"op":1,"d":42}""", Encoding.UTF8.GetString(GatewayCommands.Heartbeat(42)));
    }

    [Fact]
    public void Identify_AnyToken_IsTheRawTokenWithTheMentionIntentsAndTheShard()
    {
        // Act
        var json = Encoding.UTF8.GetString(GatewayCommands.Identify("abc.def", 1, 4));

        // Assert
        Assert.Matches("""^\{"op":2,"d":\{"token":"abc.def","intents":4609,"properties":\{"os":"[a-z]+","browser":"articlebot","device":"articlebot"\},"shard":\[1,4\]\}\}$""", json);
    }

    [Fact]
    public void Resume_SessionAndSequence_AreSent()
    {
        // Act / Assert
        Assert.Equal("""{"op":6,"d":{"token":"t","session_id":"s","seq":7}}""", Encoding.UTF8.GetString(GatewayCommands.Resume("t", "s", 7)));
    }
}
