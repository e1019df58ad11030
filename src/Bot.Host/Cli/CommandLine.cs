namespace Bot.Host.Cli;

/// <summary>A verb's words split into options (`--name value`, `--flag`) and positional words.</summary>
internal sealed class CommandLine
{
    private static readonly HashSet<string> s_flags = new(StringComparer.Ordinal) { "--force", "--verbose" };
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CommandLine(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses words; an option missing its value throws <see cref="ArgumentException"/> naming it.</summary>
    public static CommandLine Parse(IReadOnlyList<string> words)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word == "--")
            {
                positional.AddRange(words.Skip(i + 1));
                break;
            }

            if (word.StartsWith("--", StringComparison.Ordinal) && word.Length > 2)
            {
                var eq = word.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    options[word[..eq]] = word[(eq + 1)..];
                }
                else if (s_flags.Contains(word))
                {
                    options[word] = "true";
                }
                else if (i + 1 < words.Count)
                {
                    options[word] = words[++i];
                }
                else
                {
                    throw new ArgumentException($"option {word} needs a value");
                }

                continue;
            }

            positional.Add(word);
        }

        var line = new CommandLine(positional);
        foreach (var (k, v) in options)
        {
            line._options[k] = v;
        }

        return line;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);

    /// <summary>The options given that are not in <paramref name="known"/>.</summary>
    public IEnumerable<string> Unknown(params string[] known) => _options.Keys.Where(k => !known.Contains(k));
}
