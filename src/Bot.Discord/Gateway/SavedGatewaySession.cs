namespace Bot.Discord.Gateway;

/// <summary>What <see cref="GatewaySessionFile"/> writes at shutdown: enough to RESUME, and when and for which shard.</summary>
internal sealed record SavedGatewaySession(
    string SessionId, string ResumeUrl, long? Sequence, string BotUserId, int ShardId, int ShardCount, DateTimeOffset SavedAt);
