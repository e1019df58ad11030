namespace Bot.Host.Server.Platforms;

/// <summary>
/// How a chat adapter plugs into the host: <paramref name="Register"/> adds its services and returns false when its
/// configuration section is absent (the adapter is then off); <paramref name="Map"/> maps its endpoints.
/// </summary>
/// <param name="Name">"discord" or "slack", as the startup line shows it.</param>
/// <param name="Register">The adapter's <c>AddXxxAdapter(services, configuration)</c>.</param>
/// <param name="Map">The adapter's <c>MapXxxEndpoints()</c>.</param>
internal sealed record PlatformRegistration(
    string Name,
    Func<IServiceCollection, IConfiguration, bool> Register,
    Action<IEndpointRouteBuilder> Map);
