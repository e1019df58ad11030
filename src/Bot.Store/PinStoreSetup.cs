using Bot.Core.Pins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Store;

/// <summary>Registers the SQLite pin store.</summary>
public static class PinStoreSetup
{
    /// <summary>
    /// Binds <see cref="PinsOptions"/> from the "Pins" section, registers <see cref="IPinnedAnswers"/> as one SQLite
    /// store, and opens and migrates it when the host starts, so a corrupt file stops startup.
    /// </summary>
    public static IServiceCollection AddPinStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PinsOptions>()
            .Bind(configuration.GetSection(PinsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SqlitePinStore>(sp => new SqlitePinStore(sp.GetRequiredService<IOptions<PinsOptions>>().Value.Path));
        services.AddSingleton<IPinnedAnswers>(sp => sp.GetRequiredService<SqlitePinStore>());
        services.AddSingleton<IPinLeases>(sp => new SqlitePinLeases(sp.GetRequiredService<SqlitePinStore>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<IWorkJournal>(sp => new SqliteWorkJournal(sp.GetRequiredService<SqlitePinStore>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddHostedService<PinStoreStartup>();
        return services;
    }
}
