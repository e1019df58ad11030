using Bot.Core.Replays;
using Npgsql;

namespace Bot.Store.Postgres;

/// <summary>
/// At-most-once keys in the shared database (table <c>replay_claims</c>): of the replicas offered one key (a Slack
/// event and its retry, delivered to two of them), the one whose insert lands first wins and the others are refused,
/// until the key expires by the database's clock. Expired keys are deleted now and then, so the table follows the
/// traffic of the last hour.
/// </summary>
internal sealed class PostgresReplayGuard(PostgresPinStore store, TimeProvider time) : ISharedReplayGuard
{
    private static readonly TimeSpan s_sweepEvery = TimeSpan.FromMinutes(1);

    private long _nextSweepTicks;

    public async ValueTask<bool> TryAcceptAsync(string key, TimeSpan lifetime, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = (NpgsqlConnection)await store.OpenAsync(ct);
        await SweepNowAndThenAsync(connection, ct);

        // A key already there is taken over only once it has expired; concurrent inserts of one key wait for each
        // other on the primary key, and the losers then see an unexpired row and change nothing.
        await using var claim = new NpgsqlCommand(
            """
            INSERT INTO replay_claims (key, expires_at) VALUES (@key, now() + @lifetime)
            ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at
            WHERE replay_claims.expires_at < now();
            """,
            connection);
        claim.Parameters.AddWithValue("key", key);
        claim.Parameters.AddWithValue("lifetime", lifetime);
        return await claim.ExecuteNonQueryAsync(ct) == 1;
    }

    private async Task SweepNowAndThenAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcTicks;
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now < due || Interlocked.CompareExchange(ref _nextSweepTicks, now + s_sweepEvery.Ticks, due) != due)
        {
            return;
        }

        await using var sweep = new NpgsqlCommand("DELETE FROM replay_claims WHERE expires_at < now();", connection);
        await sweep.ExecuteNonQueryAsync(ct);
    }
}
