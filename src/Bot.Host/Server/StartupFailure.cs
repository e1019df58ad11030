using Microsoft.Extensions.Options;

namespace Bot.Host.Server;

/// <summary>Turns a configuration error at startup into one line per problem, for standard error.</summary>
internal static class StartupFailure
{
    /// <summary>The problems when <paramref name="e"/> is a failed options validation; otherwise empty.</summary>
    public static IReadOnlyList<string> ConfigurationProblems(Exception e) => e switch
    {
        OptionsValidationException v => v.Failures.ToList(),

        // The configuration binder's message names the key and the value ("Failed to convert configuration value
        // 'abc' at 'RateLimit:WindowSeconds' to type 'System.Int32'.").
        InvalidOperationException { InnerException: not null } i when i.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => [i.Message],
        AggregateException a => a.InnerExceptions.SelectMany(ConfigurationProblems).ToList(),
        _ => [],
    };
}
