using System.Text.RegularExpressions;

namespace Bot.Core.Articles;

/// <summary>
/// Resolves a name as written in a reporting clause ("Muñoz") to the person's first full mention in the article
/// ("Ana Muñoz") and the role given there: the appositive after the name, or else the title before it.
/// </summary>
internal sealed partial class PeopleDirectory(IReadOnlyList<string> paragraphs, string? outlet)
{
    private const int MaxRoleLength = 200;
    private readonly Dictionary<string, Speaker?> _resolved = new(StringComparer.Ordinal);

    /// <summary>The speaker a subject names, or null when it names nobody (the outlet, a country, a pronoun).</summary>
    public Speaker? Resolve(string subject)
    {
        if (_resolved.TryGetValue(subject, out var cached))
        {
            return cached;
        }

        var speaker = ResolveUncached(subject);
        _resolved[subject] = speaker;
        return speaker;
    }

    private Speaker? ResolveUncached(string subject)
    {
        if (PersonNames.Split(subject) is not { } split
            || (outlet is not null && subject.Contains(outlet, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var surname = PersonNames.Surname(split.Name);
        foreach (var paragraph in paragraphs)
        {
            var text = QuoteSpans.Split(paragraph).Outside;
            foreach (Match run in PersonNames.Run().Matches(text))
            {
                if (PersonNames.Split(run.Value) is not { } full
                    || !full.Name.Contains(' ', StringComparison.Ordinal)
                    || !PersonNames.Surname(full.Name).Equals(surname, StringComparison.Ordinal))
                {
                    continue;
                }

                var role = Appositive(text[(run.Index + run.Length)..]) ?? full.Title;
                return new Speaker(full.Name, role);
            }
        }

        // Never named in full: keep the name as written, with its title if it had one.
        return new Speaker(split.Name, split.Title);
    }

    /// <summary>", a political analyst and director of …, told …" → "a political analyst and director of …".</summary>
    private static string? Appositive(string after)
    {
        var m = AppositivePattern().Match(after);
        if (!m.Success)
        {
            return null;
        }

        var role = m.Groups["role"].Value.Trim().TrimEnd(',', ';', ':');
        return role.Length is > 2 and <= MaxRoleLength ? role : null;
    }

    /// <summary>
    /// The appositive runs to the end of the sentence; after a comma it goes on only with another noun phrase
    /// (", a think tank"), not with a verb (", told …", ", studies …").
    /// </summary>
    [GeneratedRegex(@"^,\s+(?<role>(?:a|an|the|\p{Ll}[\p{L}\-]*ist|former|\p{Lu}[\p{L}\-]*(?:'s|’s)?)\b(?:[^,.;\u0001]|,(?=\s+(?:a|an|the|\p{Lu}[\p{L}\-]*)\s))*)")]
    private static partial Regex AppositivePattern();
}
