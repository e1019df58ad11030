using Bot.Core.Answering;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Server.RateLimiting;

/// <summary>Registers the per-user question limit around the answer service.</summary>
internal static class RateLimitSetup
{
    public static IServiceCollection AddQuestionRateLimit(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<QuestionRateLimiter>();
        return services.Decorate<IAnswerService>((inner, sp) => new RateLimitedAnswerService(inner, sp.GetRequiredService<QuestionRateLimiter>()));
    }
}
