namespace Bot.Host.Cli;

/// <summary>
/// What `serve` accepts: --urls, --seeds, --index, --contentRoot, --environment, and configuration keys with a colon
/// (`--RateLimit:WindowSeconds=60` or `--RateLimit:WindowSeconds 60`), which the host reads as configuration.
/// </summary>
internal static class ServeArguments
{
    private static readonly string[] s_options = ["--urls", "--seeds", "--index", "--contentRoot", "--environment"];

    /// <summary>The first thing `serve` does not understand, in words; null when every word is understood.</summary>
    public static string? Problem(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var word = args[i];
            if (!word.StartsWith("--", StringComparison.Ordinal) || word.Length == 2)
            {
                return $"unexpected word '{word}' (serve takes only options)";
            }

            var name = word.Split('=', 2)[0];
            if (!s_options.Contains(name, StringComparer.OrdinalIgnoreCase) && !name.Contains(':', StringComparison.Ordinal))
            {
                return $"unknown option {name}";
            }

            if (word.Contains('=', StringComparison.Ordinal))
            {
                continue;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return $"option {name} needs a value";
            }

            i++;
        }

        return null;
    }
}
