namespace Bot.Host.Server.Platforms;

/// <summary>
/// A chat platform's configuration section and the keys it cannot run without. A section with none of them leaves
/// the platform off; a section with some but not all stops startup, naming each missing key.
/// </summary>
internal sealed record PlatformSection(string Name, IReadOnlyList<string> RequiredKeys)
{
    public static PlatformSection Discord { get; } = new("Discord", ["PublicKey", "ApplicationId", "BotToken"]);

    public static PlatformSection Slack { get; } = new("Slack", ["SigningSecret", "BotToken"]);

    public static IReadOnlyList<PlatformSection> All { get; } = [Discord, Slack];

    /// <summary>The full key, "Discord:PublicKey".</summary>
    public string Key(string name) => $"{Name}:{name}";

    /// <summary>The required keys that have a non-blank value.</summary>
    public IReadOnlyList<string> PresentKeys(IConfiguration configuration) =>
        RequiredKeys.Where(k => !string.IsNullOrWhiteSpace(configuration[Key(k)])).ToList();

    /// <summary>True when every required key has a value.</summary>
    public bool IsComplete(IConfiguration configuration) => PresentKeys(configuration).Count == RequiredKeys.Count;
}
