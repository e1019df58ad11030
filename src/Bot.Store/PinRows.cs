using Bot.Core.Articles;
using Bot.Core.Pins;
using System.Data.Common;

namespace Bot.Store;

/// <summary>Maps pins to the <c>pins</c> table's columns and parameters, and back.</summary>
internal static class PinRows
{
    /// <summary>The columns <see cref="Read"/> expects, in its order.</summary>
    public const string Columns =
        "id, platform, workspace_id, channel_id, message_id, pinned_by_id, pinned_by_name, pinned_at, question, quote, "
        + "speaker_name, speaker_role, article_id, paragraph, article_fingerprint, unpinned_by_id, unpinned_by_name, unpinned_at";

    /// <summary>The key of a speaker's name: case and surrounding spaces ignored, so "ana muñoz" finds "Ana Muñoz".</summary>
    public static string? SpeakerKey(string? name) => name?.Trim().ToUpperInvariant();

    /// <summary>Rejects a request that would store a pin nobody could cite or audit.</summary>
    public static void Validate(PinRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Key);
        ArgumentNullException.ThrowIfNull(request.PinnedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Key.ChannelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Key.MessageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.WorkspaceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.PinnedBy.Id);
        ArgumentNullException.ThrowIfNull(request.PinnedBy.DisplayName);
        ArgumentNullException.ThrowIfNull(request.Question);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Quote);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ArticleId);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Paragraph, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ArticleFingerprint);
        if (request.Speaker is { } speaker)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(speaker.Name);
        }
    }

    /// <summary>Adds @platform, @channel_id and @message_id.</summary>
    public static void AddKey(DbCommand command, PinKey key)
    {
        command.AddWithValue("@platform", key.Platform.ToName());
        command.AddWithValue("@channel_id", key.ChannelId);
        command.AddWithValue("@message_id", key.MessageId);
    }

    /// <summary>Adds a parameter for every column a new pin sets, named after its column.</summary>
    public static void AddRequest(DbCommand command, PinRequest request)
    {
        AddKey(command, request.Key);
        command.AddWithValue("@workspace_id", request.WorkspaceId);
        command.AddWithValue("@pinned_by_id", request.PinnedBy.Id);
        command.AddWithValue("@pinned_by_name", request.PinnedBy.DisplayName);
        command.AddWithValue("@pinned_at", PinTimestamps.ToText(request.PinnedAt));
        command.AddWithValue("@question", request.Question);
        command.AddWithValue("@quote", request.Quote);
        command.AddWithValue("@speaker_name", request.Speaker?.Name);
        command.AddWithValue("@speaker_role", request.Speaker?.Role);
        command.AddWithValue("@speaker_key", SpeakerKey(request.Speaker?.Name));
        command.AddWithValue("@article_id", request.ArticleId);
        command.AddWithValue("@paragraph", request.Paragraph);
        command.AddWithValue("@article_fingerprint", request.ArticleFingerprint);
    }

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static PinnedAnswer Read(DbDataReader row)
    {
        var platformName = row.GetString(1);
        if (!ChatPlatformNames.TryParse(platformName, out var platform))
        {
            throw new InvalidDataException($"Pin {row.GetInt64(0)} has an unknown platform '{platformName}'.");
        }

        var speaker = row.IsDBNull(10) ? null : new Speaker(row.GetString(10), row.IsDBNull(11) ? null : row.GetString(11));
        var request = new PinRequest(
            new PinKey(platform, row.GetString(3), row.GetString(4)),
            row.GetString(2),
            new PinActor(row.GetString(5), row.GetString(6)),
            PinTimestamps.Parse(row.GetString(7)),
            row.GetString(8),
            row.GetString(9),
            speaker,
            row.GetString(12),
            row.GetInt32(13),
            row.GetString(14));
        var unpinnedBy = row.IsDBNull(15) ? null : new PinActor(row.GetString(15), row.GetString(16));
        DateTimeOffset? unpinnedAt = row.IsDBNull(17) ? null : PinTimestamps.Parse(row.GetString(17));
        return new PinnedAnswer(row.GetInt64(0), request, unpinnedBy, unpinnedAt);
    }
}
