using Microsoft.Extensions.Options;

namespace Bot.Host.Server.RateLimiting;

/// <summary>
/// A sliding-window log per (platform, user): at most N questions in any window. Memory stays bounded by the
/// users active in the last window: users idle for a whole window are dropped, checked at most once per window.
/// One lock guards it all; a chat bot's question rate is far below where that would contend.
/// </summary>
internal sealed class QuestionRateLimiter(IOptions<RateLimitOptions> options, TimeProvider time)
{
    private readonly Dictionary<(string Platform, string User), Queue<DateTimeOffset>> _users = [];
    private readonly Lock _lock = new();
    private DateTimeOffset _lastSweep = time.GetUtcNow();

    /// <summary>The users currently tracked (for tests and diagnostics).</summary>
    public int TrackedUsers
    {
        get
        {
            lock (_lock)
            {
                return _users.Count;
            }
        }
    }

    /// <summary>Records a question and returns null when it may go ahead, or how long to wait when it may not.</summary>
    public TimeSpan? TryAcquire(string platform, string user) => Check(platform, user, record: true);

    /// <summary>How long until the user may ask again (for HTTP's Retry-After), recording nothing; null when now.</summary>
    public TimeSpan? TimeUntilNext(string platform, string user) => Check(platform, user, record: false);

    private TimeSpan? Check(string platform, string user, bool record)
    {
        var limit = options.Value.QuestionsPerWindow;
        var window = options.Value.Window;
        var now = time.GetUtcNow();
        lock (_lock)
        {
            SweepIdleUsers(now, window);
            if (!_users.TryGetValue((platform, user), out var asked))
            {
                if (!record)
                {
                    return null;
                }

                asked = new Queue<DateTimeOffset>(limit);
                _users[(platform, user)] = asked;
            }

            while (asked.Count > 0 && asked.Peek() <= now - window)
            {
                asked.Dequeue();
            }

            if (asked.Count < limit)
            {
                if (record)
                {
                    asked.Enqueue(now);
                }

                return null;
            }

            return asked.Peek() + window - now;
        }
    }

    private void SweepIdleUsers(DateTimeOffset now, TimeSpan window)
    {
        if (now - _lastSweep < window)
        {
            return;
        }

        _lastSweep = now;
        var cutoff = now - window;
        foreach (var (key, asked) in _users)
        {
            // The newest question is the last one queued; none newer than the cutoff means the user is idle.
            if (asked.Count == 0 || asked.Last() <= cutoff)
            {
                _users.Remove(key);
            }
        }
    }
}
