using Microsoft.Extensions.Options;

namespace Bot.Host.Server.Platforms;

/// <summary>Registers the chat adapters whose settings are present, maps their endpoints and says what is on.</summary>
internal static class PlatformSetup
{
    /// <summary>
    /// Checks every platform section at startup (whole or absent), then calls each adapter's registration.
    /// Returns the platforms that are on, for <see cref="MapPlatforms"/>.
    /// </summary>
    public static IReadOnlyList<PlatformRegistration> AddPlatforms(
        this IServiceCollection services, IConfiguration configuration, IReadOnlyList<PlatformRegistration> platforms)
    {
        services.AddOptions<PlatformSections>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PlatformSections>, PlatformSectionValidator>();
        services.AddGatewaySessionBesidePins();
        return platforms.Where(p => p.Register(services, configuration)).ToList();
    }

    /// <summary>Maps the endpoints of the platforms that are on and logs one line listing what is enabled.</summary>
    public static WebApplication MapPlatforms(
        this WebApplication app, IReadOnlyList<PlatformRegistration> all, IReadOnlyList<PlatformRegistration> enabled)
    {
        foreach (var platform in enabled)
        {
            platform.Map(app);
        }

        var line = EnabledLine(all, enabled, app.Configuration);
        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation("Enabled: {Features}", line));
        return app;
    }

    /// <summary>"http ask, metrics; discord: on (gateway); slack: off": a platform that connects out says how.</summary>
    public static string EnabledLine(IReadOnlyList<PlatformRegistration> all, IReadOnlyList<PlatformRegistration> enabled, IConfiguration configuration) =>
        string.Join("; ", all.Select(p => $"{p.Name}: {(enabled.Contains(p) ? "on" + Connections(p, configuration) : "off")}").Prepend("http ask, metrics"));

    /// <summary>" (gateway)", " (socket mode + http)" for a platform that connects out; "" for one that only listens.</summary>
    private static string Connections(PlatformRegistration platform, IConfiguration configuration)
    {
        var section = PlatformSection.All.FirstOrDefault(s => s.Name.Equals(platform.Name, StringComparison.OrdinalIgnoreCase));
        if (section?.Live is not { } live || !section.IsLive(configuration))
        {
            return "";
        }

        var http = !string.IsNullOrWhiteSpace(configuration[section.Key(section.RequiredKeys[0])]);
        return $" ({live.Label}{(http ? " + http" : "")})";
    }
}
