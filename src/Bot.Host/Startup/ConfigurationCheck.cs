using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Bot.Discord;
using Bot.Host.Engine;
using Bot.Host.Server.Platforms;
using Bot.Host.Server.RateLimiting;
using Bot.Slack;
using Bot.Store;

namespace Bot.Host.Startup;

/// <summary>
/// Checks every value of the bot's configuration sections before anything starts, and says what is wrong in plain
/// words: one line per problem, naming the key and what it takes, never the value (it may be a secret). The rules
/// are the options classes' own (property types and their validation attributes), so they live in one place; this
/// only words them, where the binder and options validation would say "Failed to convert configuration value" or
/// "DataAnnotation validation failed for 'DiscordOptions' members".
/// </summary>
internal static class ConfigurationCheck
{
    private static readonly (string Section, Type Options)[] s_sections =
    [
        (ArticlesOptions.Section, typeof(ArticlesOptions)),
        (SearchOptions.Section, typeof(SearchOptions)),
        (RateLimitOptions.Section, typeof(RateLimitOptions)),
        (PinsOptions.Section, typeof(PinsOptions)),
        (DiscordOptions.Section, typeof(DiscordOptions)),
        (SlackOptions.Section, typeof(SlackOptions)),
    ];

    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        // A half-filled platform section: one line per missing key (its own wording, shared with the server's check).
        var missing = new PlatformSectionValidator(configuration).Validate(null, new PlatformSections()).Failures ?? [];
        var problems = new List<string>(missing);
        problems.AddRange(HostSettingsCheck.Problems(configuration));
        foreach (var (section, type) in s_sections)
        {
            problems.AddRange(SectionProblems(configuration, section, type));
        }

        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> SectionProblems(IConfiguration configuration, string section, Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var typeProblems = properties
            .Select(p => ValueProblem(configuration, section, p))
            .OfType<string>()
            .ToList();
        if (typeProblems.Count > 0)
        {
            // The section cannot be bound, so its other rules cannot be checked yet.
            return typeProblems;
        }

        var options = configuration.GetSection(section).Get(type) ?? Activator.CreateInstance(type)!;
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        // A platform section that is absent leaves the platform off, and a missing required key is already reported
        // by the platform check above: only the rules of keys that are set apply.
        var platform = PlatformSection.All.FirstOrDefault(p => p.Name == section);
        return results
            .Where(r => platform is null || r.MemberNames.All(m => !string.IsNullOrWhiteSpace(configuration[$"{section}:{m}"])))
            .Select(r => r.ErrorMessage ?? $"{section}:{string.Join(", ", r.MemberNames)} is not valid.");
    }

    /// <summary>A value the property's type cannot take ("banana" for a bool), in words; null when it converts.</summary>
    private static string? ValueProblem(IConfiguration configuration, string section, PropertyInfo property)
    {
        var key = $"{section}:{property.Name}";
        var value = configuration[key];
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (value is null || type == typeof(string) || !IsScalar(type))
        {
            return null;
        }

        if (type == typeof(Uri))
        {
            return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? null
                : $"{key} must be an absolute http or https URL.";
        }

        try
        {
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return null;
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException or OverflowException)
        {
            var range = property.GetCustomAttribute<RangeAttribute>() is { } r && type != typeof(TimeSpan)
                ? string.Create(CultureInfo.InvariantCulture, $" between {r.Minimum} and {r.Maximum}")
                : "";
            return $"{key} must be {Kind(type)}{range}.";
        }
    }

    private static bool IsScalar(Type type) => type.IsPrimitive || type.IsEnum || type == typeof(Uri) || type == typeof(TimeSpan) || type == typeof(decimal);

    private static string Kind(Type type) => type switch
    {
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(TimeSpan) => "a duration such as 00:05:00",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ => "a number",
    };
}
