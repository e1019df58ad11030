using Bot.Core.Live;
using Bot.Discord.Interactions;

namespace Bot.Discord.Gateway;

/// <summary>Whether the Gateway connection is live, for /readyz, with the connection gauge kept in step.</summary>
internal sealed class DiscordGatewayStatus : ILiveConnection
{
    private static readonly KeyValuePair<string, object?> s_platform = LiveConnectionMetrics.Platform(DiscordQuestionMapper.Platform);

    private int _established;

    public string Name => "discord gateway";

    public bool IsEstablished => Volatile.Read(ref _established) == 1;

    public void Up()
    {
        if (Interlocked.Exchange(ref _established, 1) == 0)
        {
            LiveConnectionMetrics.Connected.Add(1, s_platform);
        }
    }

    public void Down()
    {
        if (Interlocked.Exchange(ref _established, 0) == 1)
        {
            LiveConnectionMetrics.Connected.Add(-1, s_platform);
        }
    }
}
