namespace Bot.Host.Cli;

/// <summary>A verb's words split into options (`--name value`, `--name=value`) and positional words.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _options;

    private CommandLine(List<string> positional, Dictionary<string, List<string>> options)
    {
        Positional = positional;
        _options = options;
    }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses words; an option missing its value throws <see cref="ArgumentException"/> naming it.</summary>
    public static CommandLine Parse(IReadOnlyList<string> words)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word == "--")
            {
                positional.AddRange(words.Skip(i + 1));
                break;
            }

            if (!word.StartsWith("--", StringComparison.Ordinal) || word.Length == 2)
            {
                positional.Add(word);
                continue;
            }

            var eq = word.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = eq > 0
                ? (word[..eq], word[(eq + 1)..])
                : i + 1 < words.Count && !words[i + 1].StartsWith("--", StringComparison.Ordinal)
                    ? (word, words[++i])
                    : throw new ArgumentException($"option {word} needs a value");
            if (!options.TryGetValue(name, out var values))
            {
                options[name] = values = [];
            }

            values.Add(value);
        }

        return new CommandLine(positional, options);
    }

    /// <summary>The option's value (the last, when given more than once), or null.</summary>
    public string? Option(string name) => _options.TryGetValue(name, out var values) ? values[^1] : null;

    /// <summary>Every value of an option that may be repeated (`--min top1=0.9 --min mrr=0.95`).</summary>
    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var values) ? values : [];

    /// <summary>The options given that are not in <paramref name="known"/>.</summary>
    public IEnumerable<string> Unknown(IEnumerable<string> known) => _options.Keys.Where(k => !known.Contains(k));
}
