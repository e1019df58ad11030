namespace Bot.Discord.Dtos;

// https://docs.discord.com/developers/events/gateway#session-start-limit-object

/// <summary>How many IDENTIFYs are left (of 1000 a day), when the count resets (ms) and how many may run per 5 s.</summary>
internal sealed record DiscordSessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency = 1);
