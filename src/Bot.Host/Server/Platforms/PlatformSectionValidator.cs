using Microsoft.Extensions.Options;

namespace Bot.Host.Server.Platforms;

/// <summary>
/// Refuses a half-filled platform section with one message per missing key. The adapters validate their own
/// options too; this check runs whether or not an adapter is built in, so a typo in an environment variable name
/// (<c>Discord__BotTokn</c>) stops the process instead of silently leaving the platform off. Messages name keys,
/// never values.
/// </summary>
internal sealed class PlatformSectionValidator(IConfiguration configuration) : IValidateOptions<PlatformSections>
{
    public ValidateOptionsResult Validate(string? name, PlatformSections options)
    {
        var failures = new List<string>();
        foreach (var section in PlatformSection.All)
        {
            var present = section.PresentKeys(configuration);
            var requiredKeys = section.RequiredKeysFor(configuration);
            var live = section.IsLive(configuration);
            if ((present.Count == 0 && !live) || present.Count == requiredKeys.Count)
            {
                continue;
            }

            var required = string.Join(", ", requiredKeys.Select(section.Key));
            var set = string.Join(", ", (live ? present.Append(section.Live!.SwitchKey).Distinct() : present).Select(section.Key));
            failures.AddRange(requiredKeys.Except(present).Select(missing =>
                $"{section.Key(missing)} is missing: {set} is set, and {section.Name} needs {required} (set them all, or none to leave {section.Name} off)."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
