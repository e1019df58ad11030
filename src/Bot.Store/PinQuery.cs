using Bot.Core.Pins;
using System.Data.Common;

namespace Bot.Store;

/// <summary>Builds the newest-first listing query: fixed SQL fragments joined, every value a parameter.</summary>
internal static class PinQuery
{
    /// <summary>Adds the parameters to <paramref name="command"/> and returns its SQL.</summary>
    public static string Build(DbCommand command, PinFilter filter, PinCursor? after, int limit)
    {
        var where = new List<string> { "unpinned_at IS NULL" };
        void Match(string column, object? value)
        {
            if (value is not null)
            {
                where.Add($"{column} = @{column}");
                command.AddWithValue("@" + column, value);
            }
        }

        Match("platform", filter.Platform?.ToName());
        Match("workspace_id", filter.WorkspaceId);
        Match("channel_id", filter.ChannelId);
        Match("speaker_key", PinRows.SpeakerKey(filter.SpeakerName));
        if (after is not null)
        {
            // Keyset paging: rows strictly after the cursor in (pinned_at DESC, id DESC) order.
            where.Add("(pinned_at < @after_at OR (pinned_at = @after_at AND id < @after_id))");
            command.AddWithValue("@after_at", PinTimestamps.ToText(after.PinnedAt));
            command.AddWithValue("@after_id", after.Id);
        }

        command.AddWithValue("@limit", limit);
        return $"SELECT {PinRows.Columns} FROM pins WHERE {string.Join(" AND ", where)} ORDER BY pinned_at DESC, id DESC LIMIT @limit;";
    }
}
