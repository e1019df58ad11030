using System.Text.RegularExpressions;

namespace Bot.Core.Articles;

/// <summary>
/// Resolves a name as written in a reporting clause ("Muñoz") to the person's first full mention in the article
/// ("Ana Muñoz") and the role given there: the appositive after the name, or one that opens the sentence before it
/// ("The commission's chair, Judge …,"), or else the title before it.
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
                if (FullName(run.Value, split.Name, surname) is not { } full)
                {
                    continue;
                }

                var after = text[(run.Index + run.Length)..];
                var role = Appositive(after) ?? RoleBefore(text[..run.Index], after) ?? full.Title;
                if (full.Title is not null && role is not null && role.StartsWith("who ", StringComparison.Ordinal))
                {
                    // "Mayor Ana Ruiz, who …": the clause describes her; the title says what she is.
                    role = $"{full.Title}, {role}";
                }

                return new Speaker(full.Name, role);
            }
        }

        // Never named in full: keep the name as written, with its title if it had one.
        return new Speaker(split.Name, split.Title);
    }

    /// <summary>
    /// The full name in a run of capitalised words that a later mention points to: the run ends with the mention's
    /// surname ("Ana Ruiz" for "Ruiz"), or the mention is the first of two surnames, as Spanish and Portuguese names
    /// are shortened ("Efraín Quispe Mamani" for "Quispe").
    /// </summary>
    private static (string Name, string? Title)? FullName(string run, string mention, string surname)
    {
        if (PersonNames.Split(run, mention.Split(' ').Length) is { } full
            && full.Name.Contains(' ', StringComparison.Ordinal)
            && PersonNames.Surname(full.Name).Equals(surname, StringComparison.Ordinal))
        {
            return full;
        }

        var words = run.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(PersonNames.TrimWord).ToList();
        return !mention.Contains(' ', StringComparison.Ordinal) && words.Count >= 3 && words[^2].Equals(surname, StringComparison.Ordinal)
            ? PersonNames.Split(run, surnameWords: 2)
            : null;
    }

    /// <summary>
    /// ", a political analyst and director of …, told …" → "a political analyst and director of …"; also "one of …"
    /// and "who led …" clauses.
    /// </summary>
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

    /// <summary>"The court's chair, Judge Ana Costa Reis, said …" → "the court's chair".</summary>
    private static string? RoleBefore(string before, string after)
    {
        // Only a phrase that says whose or of what ("The court's chair", "The head of the agency"), so that "The
        // same day, Ana Ruiz, …" does not make a date her role.
        var m = RoleBeforePattern().Match(before);
        if (!m.Success || !after.StartsWith(',') || m.Groups["role"].Value.Length > MaxRoleLength
            || !WhoseOrOf().IsMatch(m.Groups["role"].Value))
        {
            return null;
        }

        var role = m.Groups["role"].Value;
        return char.ToLowerInvariant(role[0]) + role[1..];
    }

    [GeneratedRegex(@"\p{L}['’]s\b|\bof\b")]
    private static partial Regex WhoseOrOf();

    /// <summary>A noun phrase that opens a sentence and ends in a comma just before the name.</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?<role>(?:The|A|An)\s+[^,.;:""“”]{2,120}),\s*$")]
    private static partial Regex RoleBeforePattern();

    /// <summary>
    /// The appositive runs to the end of the sentence; after a comma it goes on only with another noun phrase
    /// (", a think tank"), not with a verb (", told …", ", studies …").
    /// </summary>
    [GeneratedRegex(@"^,\s+(?<role>(?:a|an|the|one\s+of|who|\p{Ll}[\p{L}\-]*ist|former|\p{Lu}[\p{L}\-]*(?:'s|’s)?)\b(?:[^,.;\u0001]|,(?=\s+(?:a|an|the|\p{Lu}[\p{L}\-]*)\s))*)")]
    private static partial Regex AppositivePattern();
}
