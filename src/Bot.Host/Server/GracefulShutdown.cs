namespace Bot.Host.Server;

/// <summary>
/// On SIGTERM (docker stop, a deploy), the host stops taking requests and waits up to 10 seconds for work in
/// flight, such as a Discord follow-up or a Slack response_url post sent after the first reply, before it exits.
/// Docker's own stop timeout is 10 s too; raise both together (<c>docker stop -t</c>).
/// </summary>
internal static class GracefulShutdown
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services) =>
        services.Configure<HostOptions>(o => o.ShutdownTimeout = Timeout);
}
