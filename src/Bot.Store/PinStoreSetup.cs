using Bot.Core.Pins;
using Bot.Core.Replays;
using Bot.Store.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Store;

/// <summary>Registers the pin store that Pins:Provider names.</summary>
public static class PinStoreSetup
{
    /// <summary>
    /// Binds <see cref="PinsOptions"/> from the "Pins" section and registers <see cref="IPinnedAnswers"/>,
    /// <see cref="IPinLeases"/> and <see cref="IWorkJournal"/> over one store, opened and migrated when the host
    /// starts, so a corrupt file or an unreachable database stops startup. With PostgreSQL the replay guard is the
    /// database too (<see cref="ISharedReplayGuard"/>), so replicas refuse each other's replays; with SQLite the
    /// adapters keep theirs in memory.
    /// </summary>
    public static IServiceCollection AddPinStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PinsOptions>()
            .Bind(configuration.GetSection(PinsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        if (UsesPostgres(configuration))
        {
            services.AddSingleton<SqlPinStore>(sp => new PostgresPinStore(Options(sp).ConnectionString!));
            services.AddSingleton<ISharedReplayGuard>(sp => new PostgresReplayGuard((PostgresPinStore)sp.GetRequiredService<SqlPinStore>(), Time(sp)));
            services.AddSingleton<IReplayGuard>(sp => sp.GetRequiredService<ISharedReplayGuard>());
            services.AddSingleton<IWorkJournal>(sp => new WorkJournal(sp.GetRequiredService<SqlPinStore>(), Time(sp), Options(sp).Replica));
        }
        else
        {
            services.AddSingleton<SqlPinStore>(sp => new SqlitePinStore(Options(sp).Path));
            services.AddSingleton<IWorkJournal>(sp => new WorkJournal(sp.GetRequiredService<SqlPinStore>(), Time(sp)));
        }

        services.AddSingleton<IPinnedAnswers>(sp => sp.GetRequiredService<SqlPinStore>());
        services.AddSingleton<IPinLeases>(sp => new PinLeases(sp.GetRequiredService<SqlPinStore>(), Time(sp)));
        services.AddHostedService<PinStoreStartup>();
        return services;
    }

    /// <summary>
    /// Whether Pins:Provider is Postgres (any case). Read from configuration, not from the options, because it decides
    /// what is registered and checked before options exist; an unknown value counts as SQLite here and fails the
    /// options validation at start-up.
    /// </summary>
    public static bool UsesPostgres(IConfiguration configuration) =>
        string.Equals(
            configuration?.GetSection(PinsOptions.Section).GetValue<string>(nameof(PinsOptions.Provider))?.Trim(),
            nameof(PinStoreProvider.Postgres),
            StringComparison.OrdinalIgnoreCase);

    private static PinsOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<PinsOptions>>().Value;

    private static TimeProvider Time(IServiceProvider services) => services.GetService<TimeProvider>() ?? TimeProvider.System;
}
