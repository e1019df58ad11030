namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/reference#error-messages
// https://docs.discord.com/developers/topics/rate-limits#exceeding-a-rate-limit

/// <summary>An error body; a 429's carries retry_after (seconds, fractional) and global.</summary>
internal sealed record DiscordError(int? Code = null, string? Message = null, double? RetryAfter = null, bool? Global = null);
