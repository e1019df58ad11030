using System.Data.Common;
using Bot.Core.Pins;

namespace Bot.Store;

/// <summary>
/// Message leases in the pinboard's database (table <c>pin_leases</c>), SQLite file or PostgreSQL alike: a process
/// takes a message's lease by inserting its row, or by taking over one that has expired, and polls while another
/// process holds it.
/// </summary>
internal sealed class PinLeases(SqlPinStore store, TimeProvider time) : IPinLeases
{
    /// <summary>
    /// How long a lease lasts unless released: longer than any one click's work (a 20 s HTTP timeout, a check, a
    /// record, a reply), short enough that a crashed holder delays the next click only briefly.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(25);

    public async Task<IAsyncDisposable> AcquireAsync(PinKey key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        var holder = Guid.NewGuid().ToString("N");
        while (!await TryTakeAsync(key, holder, ct))
        {
            await Task.Delay(s_poll, time, ct);
        }

        return new Lease(this, key, holder);
    }

    private async Task<bool> TryTakeAsync(PinKey key, string holder, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var connection = await store.OpenAsync(ct);
        await using var take = connection.CreateCommand();
        take.CommandText =
            """
            INSERT INTO pin_leases (platform, channel_id, message_id, holder, expires_at)
            VALUES (@platform, @channel_id, @message_id, @holder, @expires_at)
            ON CONFLICT (platform, channel_id, message_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE pin_leases.expires_at < @now;
            """;
        PinRows.AddKey(take, key);
        take.AddWithValue("@holder", holder);
        take.AddWithValue("@expires_at", PinTimestamps.ToText(now + Lifetime));
        take.AddWithValue("@now", PinTimestamps.ToText(now));
        return await take.ExecuteNonQueryAsync(ct) == 1;
    }

    private async Task ReleaseAsync(PinKey key, string holder)
    {
        try
        {
            await using var connection = await store.OpenAsync(CancellationToken.None);
            await using var release = connection.CreateCommand();
            release.CommandText = "DELETE FROM pin_leases WHERE platform = @platform AND channel_id = @channel_id AND message_id = @message_id AND holder = @holder;";
            PinRows.AddKey(release, key);
            release.AddWithValue("@holder", holder);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or PinStoreUnavailableException)
        {
            // The click's work is done; a lease left behind expires on its own (Lifetime).
        }
    }

    private sealed class Lease(PinLeases owner, PinKey key, string holder) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await owner.ReleaseAsync(key, holder);
    }
}
