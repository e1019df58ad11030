using Bot.Core.Pins;
using Bot.Core.Replays;
using Bot.Discord.Api;
using Bot.Discord.Gateway;
using Bot.Discord.Interactions;
using Bot.Discord.Pins;
using Bot.Discord.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Discord;

/// <summary>Registers the Discord adapter.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Registers the adapter when Discord:PublicKey is set or Discord:Gateway is true; returns false and registers
    /// nothing otherwise. With the Gateway on, the public key is optional (the HTTP endpoint is then off). A section
    /// that is only half filled stops startup with a message naming the missing key. Pins are recorded through
    /// <see cref="Bot.Core.Pins.IPinnedAnswers"/>, which the host registers (AddPinStore).
    /// </summary>
    public static bool AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var gateway = configuration.GetValue<bool>($"{DiscordOptions.Section}:{nameof(DiscordOptions.Gateway)}");
        if (!gateway && string.IsNullOrEmpty(configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.PublicKey)}"]))
        {
            return false;
        }

        services.AddDiscordApiClient();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return new DiscordSignatureVerifier(options.PublicKey, sp.GetRequiredService<TimeProvider>(), options.SignatureMaxAge);
        });
        services.TryAddSingleton<IDiscordPinRecorder, PinboardDiscordPinRecorder>();
        services.TryAddSingleton<IReplayGuard>(sp => new MemoryReplayGuard(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<PinKeyLocks>();
        services.AddSingleton<DiscordDeferredAnswers>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordDeferredAnswers>());
        services.AddSingleton<DiscordWorkJournal>();
        services.AddHostedService<DiscordJournalRecovery>();
        services.AddScoped<DiscordAskHandler>();
        services.AddScoped<DiscordLibraryHandler>();
        services.AddScoped<DiscordPinHandler>();
        services.AddScoped<DiscordInteractionRouter>();
        if (gateway)
        {
            services.AddDiscordGateway();
        }

        return true;
    }

    /// <summary>Options (validated at start) and the typed REST client with its auth and rate-limit handlers.</summary>
    public static IServiceCollection AddDiscordApiClient(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Gateway || o.HasInteractionsEndpoint, "Discord:PublicKey must be set (or Discord:Gateway true).")
            .Validate(o => o.ShardId < o.ShardCount, "Discord:ShardId must be less than Discord:ShardCount.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddTransient<DiscordAuthHandler>();
        services.AddTransient<DiscordRateLimitHandler>();
        services.AddSingleton<DiscordHttpLogger>();
        services.AddHttpClient<DiscordApiClient>((sp, http) =>
            {
                var baseUrl = sp.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrl.AbsoluteUri;
                // Without the trailing slash, relative routes would replace the "v10" segment.
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", DiscordApiClient.UserAgent);
                http.Timeout = TimeSpan.FromSeconds(20);
            })
            .AddHttpMessageHandler<DiscordRateLimitHandler>()
            .AddHttpMessageHandler<DiscordAuthHandler>()
            .RemoveAllLoggers()
            .AddLogger<DiscordHttpLogger>();
        return services;
    }
}
