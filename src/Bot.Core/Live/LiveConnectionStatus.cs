namespace Bot.Core.Live;

/// <summary>
/// Whether a live connection is established, for readiness, with the <see cref="LiveConnectionMetrics.Connected"/>
/// gauge kept in step. Each adapter derives one type, so each service gets its own from DI.
/// </summary>
/// <param name="name">"discord gateway".</param>
/// <param name="platform">The metrics tag: "discord".</param>
public abstract class LiveConnectionStatus(string name, string platform) : ILiveConnection
{
    private readonly KeyValuePair<string, object?> _platform = LiveConnectionMetrics.Platform(platform);

    private int _established;

    public string Name => name;

    public bool IsEstablished => Volatile.Read(ref _established) == 1;

    /// <summary>The platform welcomed the connection.</summary>
    public void Up()
    {
        if (Interlocked.Exchange(ref _established, 1) == 0)
        {
            LiveConnectionMetrics.Connected.Add(1, _platform);
        }
    }

    /// <summary>The connection ended.</summary>
    public void Down()
    {
        if (Interlocked.Exchange(ref _established, 0) == 1)
        {
            LiveConnectionMetrics.Connected.Add(-1, _platform);
        }
    }
}
