namespace Bot.Host.Server;

/// <summary>Wraps a registered service in a decorator, keeping the original registration's lifetime.</summary>
internal static class ServiceDecoration
{
    /// <summary>
    /// Replaces the last registration of <typeparamref name="TService"/> with <paramref name="decorate"/> around it.
    /// Decorators added later wrap those added earlier, so the last one added is the first called.
    /// </summary>
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<TService, IServiceProvider, TService> decorate)
        where TService : class
    {
        var index = services.Count - 1;
        while (index >= 0 && services[index].ServiceType != typeof(TService))
        {
            index--;
        }

        if (index < 0)
        {
            throw new InvalidOperationException($"Register {typeof(TService).Name} before decorating it.");
        }

        var original = services[index];
        services[index] = ServiceDescriptor.Describe(typeof(TService), sp => decorate(Create<TService>(original, sp), sp), original.Lifetime);
        return services;
    }

    private static TService Create<TService>(ServiceDescriptor original, IServiceProvider sp) => (TService)(
        original.ImplementationInstance
        ?? original.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!));
}
