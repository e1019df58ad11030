namespace Bot.Host.Server.Platforms;

/// <summary>
/// A chat platform's configuration section and the keys it cannot run without. A section with none of them leaves
/// the platform off; a section with some but not all stops startup, naming each missing key. A platform that can
/// also connect out (<paramref name="Live"/>) needs other keys when that mode is on.
/// </summary>
/// <param name="RequiredKeys">The keys of the HTTP mode; the first one switches it on.</param>
internal sealed record PlatformSection(string Name, IReadOnlyList<string> RequiredKeys, LiveMode? Live = null)
{
    public static PlatformSection Discord { get; } = new(
        "Discord", ["PublicKey", "ApplicationId", "BotToken"], new LiveMode("gateway", "Gateway", IsTrue, ["ApplicationId", "BotToken"]));

    public static PlatformSection Slack { get; } = new(
        "Slack", ["SigningSecret", "BotToken"], new LiveMode("socket mode", "AppToken", value => !string.IsNullOrWhiteSpace(value), ["AppToken", "BotToken"]));

    public static IReadOnlyList<PlatformSection> All { get; } = [Discord, Slack];

    /// <summary>The full key, "Discord:PublicKey".</summary>
    public string Key(string name) => $"{Name}:{name}";

    /// <summary>True when the live mode's switch is set (Discord:Gateway=true, Slack:AppToken).</summary>
    public bool IsLive(IConfiguration configuration) => Live is { } live && live.IsOn(configuration[Key(live.SwitchKey)]);

    /// <summary>The keys the section needs as configured: the live mode's when it is on.</summary>
    public IReadOnlyList<string> RequiredKeysFor(IConfiguration configuration) => IsLive(configuration) ? Live!.RequiredKeys : RequiredKeys;

    /// <summary>The required keys that have a non-blank value.</summary>
    public IReadOnlyList<string> PresentKeys(IConfiguration configuration) =>
        RequiredKeysFor(configuration).Where(k => !string.IsNullOrWhiteSpace(configuration[Key(k)])).ToList();

    /// <summary>True when every required key has a value.</summary>
    public bool IsComplete(IConfiguration configuration) => PresentKeys(configuration).Count == RequiredKeysFor(configuration).Count;

    private static bool IsTrue(string? value) => bool.TryParse(value, out var on) && on;
}

/// <summary>A mode in which the platform connects out: on when <paramref name="SwitchKey"/>'s value passes <paramref name="IsOn"/>.</summary>
/// <param name="Label">How the start-up line names it: "gateway".</param>
internal sealed record LiveMode(string Label, string SwitchKey, Func<string?, bool> IsOn, IReadOnlyList<string> RequiredKeys);
