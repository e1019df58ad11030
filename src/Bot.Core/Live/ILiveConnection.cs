namespace Bot.Core.Live;

/// <summary>
/// A connection the bot keeps open to a platform (Discord's Gateway, Slack's Socket Mode). The host is ready only
/// when each one is established, since until then no question can reach the bot.
/// </summary>
public interface ILiveConnection
{
    /// <summary>What it is, for logs and the readiness text: "discord gateway".</summary>
    string Name { get; }

    /// <summary>True between the platform's welcome (READY, RESUMED, hello) and the next drop.</summary>
    bool IsEstablished { get; }
}
