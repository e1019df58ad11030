using Bot.Host.Server.Platforms;

namespace Bot.Host.Server;

/// <summary>The web host's builder, every service registered, and the chat platforms whose settings turned them on.</summary>
internal sealed record ServerBuilder(WebApplicationBuilder Builder, IReadOnlyList<PlatformRegistration> Enabled)
{
    public IConfiguration Configuration => Builder.Configuration;
}
