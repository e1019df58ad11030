using Bot.Discord.Dtos;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// Keeps IDENTIFY within Discord's limits: <c>max_concurrency</c> per 5 s (this process runs one shard, so one per
/// 5 s), and none while the day's 1000 are used up, since going past them resets the bot token.
/// https://docs.discord.com/developers/events/gateway#session-start-limit-object
/// </summary>
internal sealed class GatewayIdentifyLimiter(TimeProvider time, ILogger<GatewayIdentifyLimiter> logger)
{
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);

    private DateTimeOffset? _last;

    public async Task WaitAsync(DiscordSessionStartLimit? limit, CancellationToken ct)
    {
        if (limit is { Remaining: <= 0 })
        {
            var reset = TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            logger.LogWarning("Discord session start limit used up ({Total} a day): waiting {Minutes:F0} min before identifying", limit.Total, reset.TotalMinutes);
            await Task.Delay(reset, time, ct);
        }

        if (_last is { } last && time.GetUtcNow() - last is var since && since < Spacing)
        {
            await Task.Delay(Spacing - since, time, ct);
        }

        _last = time.GetUtcNow();
    }
}
