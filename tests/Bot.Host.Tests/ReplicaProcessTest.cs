using Bot.Testing;

namespace Bot.Host.Tests;

/// <summary>What the tests of replicas as separate processes share: a working folder, the question, the program.</summary>
public abstract class ReplicaProcessTest : IDisposable
{
    /// <summary>Answered from paragraph 38 of the repository's seed article.</summary>
    protected const string Question = "what did mantilla tell al jazeera about the crisis?";

    /// <summary>How long a replica may take to become ready: two cold starts share two cores with the test run.</summary>
    protected static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(180);

    /// <summary>The built program.</summary>
    protected static string Program => Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll");

    /// <summary>The replicas' working folder; the index and the pinboards go inside.</summary>
    protected TempFolder Temp { get; } = new();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Temp.Dispose();
        }
    }
}
