using Bot.Core.Telemetry;

namespace Bot.Discord.Interactions;

/// <summary>Counts pin clicks by result on <see cref="BotMetrics"/>, tagged platform=discord.</summary>
internal static class DiscordPinMetrics
{
    private static readonly KeyValuePair<string, object?> s_platform = new("platform", DiscordQuestionMapper.Platform);

    public static void Pin(string result) =>
        BotMetrics.Pins.Add(1, s_platform, new KeyValuePair<string, object?>("result", result));
}
