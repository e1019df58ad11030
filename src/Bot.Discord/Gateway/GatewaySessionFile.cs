using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

/// <summary>
/// Keeps the Gateway session across a quick restart: written at shutdown (after the resumable close), read once at
/// start and deleted. A session older than <see cref="MaxAge"/> is not tried, and one Discord no longer knows ends in
/// op 9, after which the bot identifies as usual. Each IDENTIFY saved counts against the 1000 a day.
/// </summary>
internal sealed class GatewaySessionFile(IOptions<DiscordOptions> options, TimeProvider time, ILogger<GatewaySessionFile> logger)
{
    /// <summary>Discord does not say how long a closed session can be resumed; a restart takes seconds.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(2);

    private string? FilePath => options.Value.GatewaySessionPath is { Length: > 0 } path ? path : null;

    public void Save(GatewaySession session)
    {
        if (FilePath is not { } path || !session.CanResume || session.BotUserId is not { } botUserId)
        {
            return;
        }

        var o = options.Value;
        var saved = new SavedGatewaySession(session.SessionId!, session.ResumeUrl!.AbsoluteUri, session.Sequence, botUserId, o.ShardId, o.ShardCount, time.GetUtcNow());
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, JsonSerializer.Serialize(saved));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not keep the Discord Gateway session for a restart: {Reason}", e.Message);
        }
    }

    /// <summary>Restores a recent session of the same shard into <paramref name="session"/>; true when there is one to resume.</summary>
    public bool TryRestore(GatewaySession session)
    {
        if (FilePath is not { } path || !File.Exists(path))
        {
            return false;
        }

        try
        {
            var saved = JsonSerializer.Deserialize<SavedGatewaySession>(File.ReadAllText(path));
            File.Delete(path);
            var o = options.Value;
            if (saved is null || saved.ShardId != o.ShardId || saved.ShardCount != o.ShardCount || time.GetUtcNow() - saved.SavedAt > MaxAge)
            {
                return false;
            }

            session.Ready(saved.SessionId, new Uri(saved.ResumeUrl), saved.BotUserId);
            session.Observe(saved.Sequence);
            logger.LogInformation("Resuming the Discord Gateway session from before the restart");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or UriFormatException)
        {
            logger.LogWarning("Could not read the kept Discord Gateway session: {Reason}", e.Message);
            return false;
        }
    }
}
