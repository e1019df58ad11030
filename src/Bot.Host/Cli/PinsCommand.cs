using System.Globalization;
using Bot.Core.Articles;
using Bot.Core.Pins;

namespace Bot.Host.Cli;

/// <summary>
/// <c>pins export [--format json|csv]</c>: every record, unpinned ones with their audit, to stdout.
/// <c>pins list [--channel ID] [--workspace ID] [--platform discord|slack] [--person NAME] [--limit N]</c>: active pins,
/// newest first, one readable line each. The formats live in <see cref="PinExport"/>; this only reads arguments.
/// </summary>
internal static class PinsCommand
{
    private const int DefaultListLimit = 50;

    private const string Usage =
        "usage: pins export [--format json|csv]\n"
        + "       pins list [--channel ID] [--workspace ID] [--platform discord|slack] [--person NAME] [--limit N]";

    /// <summary>Runs <c>pins …</c>; <paramref name="args"/> are the words after "pins". 0 on success, 1 when the store is unavailable, 2 on bad usage.</summary>
    public static async Task<int> RunAsync(string[] args, IPinnedAnswers store, ArticleLibrary library, TextWriter output, TextWriter error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length == 0)
        {
            return await FailAsync(error, "which one?");
        }

        if (!TryReadOptions(args.AsSpan(1), out var options, out var problem))
        {
            return await FailAsync(error, problem);
        }

        var board = new Pinboard(store, library);
        try
        {
            return args[0] switch
            {
                "export" => await ExportAsync(board, options, output, error, ct),
                "list" => await ListAsync(board, options, output, error, ct),
                _ => await FailAsync(error, $"unknown command 'pins {args[0]}'"),
            };
        }
        catch (PinStoreUnavailableException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static async Task<int> ExportAsync(Pinboard board, Dictionary<string, string> options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (Unexpected(options, "--format") is { } option)
        {
            return await FailAsync(error, $"'pins export' takes no option {option}");
        }

        var format = options.GetValueOrDefault("--format", "json");
        PinExportFormat? parsed = format switch
        {
            "json" => PinExportFormat.Json,
            "csv" => PinExportFormat.Csv,
            _ => null,
        };
        if (parsed is null)
        {
            return await FailAsync(error, $"unknown format '{format}' (json or csv)");
        }

        await PinExport.WriteAsync(board.ExportAsync(ct), parsed.Value, output, ct);
        return 0;
    }

    private static async Task<int> ListAsync(Pinboard board, Dictionary<string, string> options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (Unexpected(options, "--channel", "--workspace", "--platform", "--person", "--limit") is { } option)
        {
            return await FailAsync(error, $"'pins list' takes no option {option}");
        }

        ChatPlatform? platform = null;
        if (options.TryGetValue("--platform", out var platformName))
        {
            if (!ChatPlatformNames.TryParse(platformName, out var parsed))
            {
                return await FailAsync(error, $"unknown platform '{platformName}' (discord or slack)");
            }

            platform = parsed;
        }

        var limit = DefaultListLimit;
        if (options.TryGetValue("--limit", out var limitText)
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            return await FailAsync(error, $"--limit must be a positive whole number, not '{limitText}'");
        }

        var filter = new PinFilter(platform, options.GetValueOrDefault("--workspace"), options.GetValueOrDefault("--channel"), options.GetValueOrDefault("--person"));
        var printed = 0;
        PinCursor? cursor = null;
        do
        {
            var page = await board.ListAsync(filter, cursor, Math.Min(limit - printed, Pinboard.MaxPageSize), ct);
            foreach (var pin in page.Items)
            {
                await output.WriteLineAsync(PinExport.FormatLine(pin));
            }

            printed += page.Items.Count;
            cursor = page.Next;
        }
        while (cursor is not null && printed < limit);

        if (printed == 0)
        {
            await output.WriteLineAsync("No active pins.");
        }

        return 0;
    }

    /// <summary>Reads "--name value" pairs; a repeated option, a missing value or a stray word is a problem.</summary>
    private static bool TryReadOptions(ReadOnlySpan<string> words, out Dictionary<string, string> options, out string problem)
    {
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        problem = "";
        for (var i = 0; i < words.Length; i += 2)
        {
            if (!words[i].StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"unexpected word '{words[i]}'";
                return false;
            }

            if (i + 1 >= words.Length)
            {
                problem = $"{words[i]} needs a value";
                return false;
            }

            if (!options.TryAdd(words[i], words[i + 1]))
            {
                problem = $"{words[i]} is given twice";
                return false;
            }
        }

        return true;
    }

    private static string? Unexpected(Dictionary<string, string> options, params string[] allowed) =>
        options.Keys.FirstOrDefault(k => !allowed.Contains(k, StringComparer.Ordinal));

    private static async Task<int> FailAsync(TextWriter error, string problem)
    {
        await error.WriteLineAsync($"pins: {problem}\n{Usage}");
        return 2;
    }
}
