namespace Bot.Host.Startup;

/// <summary>
/// The host's own settings that the framework would otherwise reject with a stack trace once it starts: the addresses
/// to listen on (`urls`, `--urls`, ASPNETCORE_URLS) and the log levels (`Logging:LogLevel:*`).
/// </summary>
internal static class HostSettingsCheck
{
    private static readonly string[] s_logLevels = Enum.GetNames<LogLevel>();

    public static IEnumerable<string> Problems(IConfiguration configuration)
    {
        if (configuration["urls"] is { } urls && !urls.Split(';', StringSplitOptions.TrimEntries).All(IsListenAddress))
        {
            yield return "urls must be http:// or https:// addresses separated by ';', for example http://127.0.0.1:5080 (--urls, ASPNETCORE_URLS).";
        }

        foreach (var level in configuration.GetSection("Logging").GetChildren().SelectMany(LevelSettings))
        {
            if (level.Value is { } value && !s_logLevels.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                yield return $"{level.Path} must be one of {string.Join(", ", s_logLevels)}.";
            }
        }
    }

    /// <summary>"Logging:LogLevel:*", and a provider's own "Logging:Console:LogLevel:*".</summary>
    private static IEnumerable<IConfigurationSection> LevelSettings(IConfigurationSection section) =>
        section.Key.Equals("LogLevel", StringComparison.OrdinalIgnoreCase)
            ? section.GetChildren()
            : section.GetSection("LogLevel").GetChildren();

    /// <summary>What Kestrel binds: a scheme, a host (a name, an address, or * and + for every address) and a port.</summary>
    private static bool IsListenAddress(string address)
    {
        var wildcardFree = address.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal);
        return Uri.TryCreate(wildcardFree, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
    }
}
