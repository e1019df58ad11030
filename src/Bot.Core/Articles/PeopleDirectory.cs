using System.Text.RegularExpressions;

namespace Bot.Core.Articles;

/// <summary>
/// Resolves a name as written in a reporting clause ("Muñoz", "Mrs Hall", "MSF", "the UN") to whom it names: a
/// person's first full mention in the article ("Ana Muñoz") with the role given there, or an organisation as the
/// article names it. Built from the article's own words: titles and pronouns for gender, "X and his wife Y" for
/// spouses who share a surname, "Full Name (ACR)" for acronyms.
/// </summary>
internal sealed partial class PeopleDirectory
{
    private const int MaxRoleLength = 200;
    private readonly IReadOnlyList<string> _outside;
    private readonly string? _outlet;
    private readonly Dictionary<string, Referent?> _resolved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Gender> _genders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);
    private readonly List<(string Name, Gender Gender)> _spouses = [];
    private readonly Dictionary<string, string> _spouseRoles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowercaseWords;

    public PeopleDirectory(IReadOnlyList<string> paragraphs, string? outlet)
    {
        _outlet = outlet;
        _outside = paragraphs.Select(p => QuoteSpans.Split(p).Outside).ToList();
        _lowercaseWords = new HashSet<string>(
            _outside.SelectMany(t => LowercaseWord().Matches(t).Select(m => m.Value)), StringComparer.Ordinal);
        foreach (var text in _outside)
        {
            LearnAcronyms(text);
            LearnSpouses(text);
            LearnGenders(text);
        }
    }

    /// <summary>Who a subject names, with what the article tells of them; null when it names nobody.</summary>
    public Referent? Identify(string subject)
    {
        if (!_resolved.TryGetValue(subject, out var cached))
        {
            cached = IdentifyUncached(subject.Trim());
            _resolved[subject] = cached;
        }

        return cached;
    }

    /// <summary>The gender the article gives a named speaker, if it gives one.</summary>
    public Gender GenderOf(string name) => _genders.GetValueOrDefault(name);

    private Referent? IdentifyUncached(string subject)
    {
        if (_outlet is not null && subject.Contains(_outlet, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var definite = subject.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        var bare = definite ? subject[4..].Trim() : subject;
        if (_acronyms.TryGetValue(bare, out var expanded))
        {
            return new Referent(new Speaker(expanded, null), ReferentKind.Organisation, Gender.Unknown);
        }

        if (definite || Acronym().IsMatch(bare) || OrganisationWord().IsMatch(bare))
        {
            // "the UN", "the Association of …", "MSF", "Apple Inc": a body, named as the article names it.
            if (PersonNames.Split(bare) is null)
            {
                return null;
            }

            var name = definite ? "the " + bare : bare;
            return new Referent(new Speaker(name, OrganisationRole(bare)), ReferentKind.Organisation, Gender.Unknown);
        }

        if (PersonNames.Split(subject) is not { } split)
        {
            return null;
        }

        var titleGender = TitleGender(split.Title);
        var surname = PersonNames.Surname(split.Name);
        var sharing = SharingTheSurname(split.Name, surname, titleGender);
        if (sharing.Count > 1)
        {
            // "Nora Pell and Ivo Pell" with nothing that tells which is Mr Pell: naming either could misquote the
            // other, so the mention is kept as written ("Mr Pell"), and a bare "Pell" names nobody.
            return split.Title is null ? null : new Referent(new Speaker($"{split.Title} {split.Name}", null), ReferentKind.Person, titleGender);
        }

        foreach (var text in _outside)
        {
            foreach (Match run in PersonNames.Run().Matches(text))
            {
                if (FullName(run.Value, split.Name, surname) is not { } full
                    || !Compatible(titleGender, GenderOf(full.Name)))
                {
                    continue;
                }

                full = WithGivenNameBefore(text, run, full);
                var after = text[(run.Index + run.Length)..];
                var nameAt = text.IndexOf(full.Name, run.Index, StringComparison.Ordinal);
                var role = Appositive(after) ?? RoleBefore(text[..run.Index], after) ?? full.Title
                    ?? OfficeBefore(text[..Math.Max(run.Index, nameAt)]) ?? DescriptorBefore(text[..run.Index]) ?? SpouseRole(full.Name);
                if (full.Title is not null && role is not null && role.StartsWith("who ", StringComparison.Ordinal))
                {
                    // "Mayor Ana Ruiz, who …": the clause describes her; the title says what she is.
                    role = $"{full.Title}, {role}";
                }

                var gender = titleGender != Gender.Unknown ? titleGender : GenderOf(full.Name);
                return new Referent(new Speaker(full.Name, role), KindOf(full.Title, role, gender), gender);
            }
        }

        // "Mrs Pell" after "Ivo Pell and his wife Nora": the spouse who shares the surname.
        var spouse = _spouses.FirstOrDefault(s =>
            (PersonNames.Surname(s.Name) == surname || s.Name.StartsWith(split.Name + " ", StringComparison.Ordinal))
            && Compatible(titleGender, s.Gender));
        if (spouse.Name is not null)
        {
            return new Referent(new Speaker(spouse.Name, SpouseRole(spouse.Name)), ReferentKind.Person, spouse.Gender);
        }

        // "Witnesses said …": a lone word the article also writes in lowercase is a common noun, not a name.
        if (split.Title is null && !split.Name.Contains(' ', StringComparison.Ordinal) && _lowercaseWords.Contains(split.Name.ToLowerInvariant()))
        {
            return null;
        }

        // Never named in full: keep the name as written, with its title if it had one.
        return new Referent(new Speaker(split.Name, split.Title), split.Title is null ? ReferentKind.Unknown : ReferentKind.Person, titleGender);
    }

    /// <summary>
    /// The people named in full whom a one-word surname could mean, narrowed by a title's gender where the article
    /// tells theirs ("Mr Pell" of "Ivo Pell, a fisherman, and his sister Nora Pell" with "he" said of Ivo).
    /// </summary>
    private List<string> SharingTheSurname(string mention, string surname, Gender titleGender)
    {
        if (mention.Contains(' ', StringComparison.Ordinal))
        {
            return [];
        }

        var names = _outside
            .SelectMany(text => PersonNames.Run().Matches(text).Select(run => FullName(run.Value, mention, surname)?.Name))
            .OfType<string>()
            .Where(name => Compatible(titleGender, GenderOf(name)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var known = names.Where(n => titleGender != Gender.Unknown && GenderOf(n) == titleGender).ToList();
        return known.Count == 1 ? known : names;
    }

    /// <summary>"The European Union, the country's largest donor, …" → "the country's largest donor".</summary>
    private string? OrganisationRole(string name)
    {
        foreach (var text in _outside)
        {
            var at = text.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0)
            {
                return Appositive(text[(at + name.Length)..]);
            }
        }

        return null;
    }

    private static ReferentKind KindOf(string? title, string? role, Gender gender) =>
        title is not null || role is not null || gender != Gender.Unknown ? ReferentKind.Person : ReferentKind.Unknown;

    private static bool Compatible(Gender asked, Gender known) => asked == Gender.Unknown || known == Gender.Unknown || asked == known;

    /// <summary>The gender a title gives: Mr, Sir, King are men; Mrs, Ms, Miss, Lady, Queen are women.</summary>
    public static Gender TitleGender(string? title) => title?.Split(' ')[0].TrimEnd('.').ToLowerInvariant() switch
    {
        "mr" or "sir" or "lord" or "king" or "prince" or "father" or "spokesman" or "chairman" or "congressman" => Gender.Male,
        "mrs" or "ms" or "miss" or "lady" or "dame" or "baroness" or "queen" or "princess" or "spokeswoman" or "chairwoman" or "congresswoman" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>
    /// A given name that the two-word rule left out: "Ahmed Karim Nasser" keeps "Ahmed" when the word is no
    /// title, no adjective, no possessive, not an institution ("State") and never written in lowercase in the article.
    /// </summary>
    private (string Name, string? Title) WithGivenNameBefore(string text, Match run, (string Name, string? Title) full)
    {
        if (full.Title is not null)
        {
            return full;
        }

        var words = run.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var nameWords = full.Name.Split(' ').Length;
        if (words.Length != nameWords + 1 || words[0].Contains('\'') || words[0].Contains('’'))
        {
            return full;
        }

        var word = PersonNames.TrimWord(words[0]);
        var sentenceStart = run.Index == 0 || SentenceEndBefore().IsMatch(text[..run.Index]);
        return PersonNames.CouldBeGivenName(word) && !_lowercaseWords.Contains(word.ToLowerInvariant()) && !sentenceStart
            ? ($"{word} {full.Name}", null)
            : full;
    }

    private void LearnAcronyms(string text)
    {
        foreach (Match m in AcronymDefinition().Matches(text))
        {
            _acronyms.TryAdd(m.Groups["acronym"].Value, $"{m.Groups["full"].Value} ({m.Groups["acronym"].Value})");
        }
    }

    /// <summary>"Ivo Pell and his wife Nora" → Nora Pell, a woman; Ivo Pell, a man.</summary>
    private void LearnSpouses(string text)
    {
        foreach (Match m in SpousePattern().Matches(text))
        {
            if (PersonNames.Split(m.Groups["owner"].Value) is not { } owner || !owner.Name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var spouseGender = m.Groups["relation"].Value == "wife" ? Gender.Female : Gender.Male;
            var ownerGender = m.Groups["possessive"].Value == "his" ? Gender.Male : Gender.Female;
            _genders.TryAdd(owner.Name, ownerGender);
            var spouse = $"{m.Groups["given"].Value} {PersonNames.Surname(owner.Name)}";
            _spouses.Add((spouse, spouseGender));
            _spouseRoles.TryAdd(spouse, $"{m.Groups["relation"].Value} of {owner.Name}");
            _spouseRoles.TryAdd(owner.Name, $"{(ownerGender == Gender.Male ? "husband" : "wife")} of {spouse}");
            _genders.TryAdd(spouse, spouseGender);
        }
    }

    /// <summary>A full name whose title, or whose sentence's next he/his or she/her, tells a gender.</summary>
    private void LearnGenders(string text)
    {
        foreach (Match run in PersonNames.Run().Matches(text))
        {
            if (PersonNames.Split(run.Value) is not { } split || !split.Name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var gender = TitleGender(split.Title);
            if (gender == Gender.Unknown)
            {
                var rest = text[(run.Index + run.Length)..];
                var sentence = SentenceEnd().Match(rest) is { Success: true } end ? rest[..end.Index] : rest;
                var nextName = PersonNames.Run().Match(sentence);
                var scope = nextName.Success ? sentence[..nextName.Index] : sentence;
                gender = SubjectPronounGender(scope);
            }

            if (gender != Gender.Unknown)
            {
                _genders.TryAdd(split.Name, gender);
            }
        }
    }

    /// <summary>
    /// The gender of the first he/his or she in a text: what a named person's own sentence says of them ("Tom, who
    /// lives next door, helped her" says nothing of Tom).
    /// </summary>
    public static Gender SubjectPronounGender(string text) =>
        SubjectPronoun().Match(text) is { Success: true } m
            ? m.Value.ToLowerInvariant() is "he" or "his" ? Gender.Male : Gender.Female
            : Gender.Unknown;

    /// <summary>The gender of the first he/his/him or she/her in a text.</summary>
    public static Gender PronounGender(string text) =>
        GenderedPronoun().Match(text) is { Success: true } m
            ? m.Value.ToLowerInvariant() is "he" or "his" or "him" or "himself" ? Gender.Male : Gender.Female
            : Gender.Unknown;

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
        // ", 38, an interior designer," : an age before the role is not the role.
        after = AgeFirst().Replace(after, ",", 1);
        var m = AppositivePattern().Match(after);
        if (!m.Success)
        {
            return null;
        }

        var role = m.Groups["role"].Value.Trim().TrimEnd(',', ';', ':');
        return role.Length is > 2 and <= MaxRoleLength ? role : null;
    }

    private string? SpouseRole(string name) => _spouseRoles.GetValueOrDefault(name);

    /// <summary>"Minister of Energy and Mines Ana Ruiz" → "Minister of Energy and Mines": an office named with "of".</summary>
    private static string? OfficeBefore(string before)
    {
        var m = OfficePattern().Match(before);
        return m.Success && PersonNames.IsTitleWord(m.Groups["head"].Value) ? m.Groups["office"].Value : null;
    }

    /// <summary>
    /// "hairdresser Ana Ruiz", "independent brand consultant Ravi Menon": the occupation written just before a name,
    /// with up to two words that qualify it.
    /// </summary>
    private static string? DescriptorBefore(string before)
    {
        var m = DescriptorPattern().Match(before);
        return m.Success ? m.Groups["role"].Value : null;
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

    [GeneratedRegex(@"(?<office>(?<head>\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+(?:(?:and|of|for|the)\s+)?\p{Lu}[\p{L}\-]*)*)\s+$")]
    private static partial Regex OfficePattern();

    [GeneratedRegex(@"^,\s*\d{1,3},")]
    private static partial Regex AgeFirst();

    /// <summary>An occupation noun ("hairdresser", "consultant", "commissioner") with up to two words before it, ending just before the name.</summary>
    [GeneratedRegex(@"(?:^|[\s,(])(?<role>(?:(?:\p{Lu}[\p{L}\-]*|(?!(?:the|a|an|and|or|of|for|with|by|to|in|on|at|as|including|like|said|says|told|after|from)\b)\p{Ll}[\p{L}\-]*)\s+){0,2}\p{Ll}[\p{L}\-]*(?:er|or|ist|ian|ant|ent|man|woman|person|ee|ive|ary|ch|ef))\s+$")]
    private static partial Regex DescriptorPattern();

    [GeneratedRegex(@"\p{L}['’]s\b|\bof\b")]
    private static partial Regex WhoseOrOf();

    /// <summary>A noun phrase that opens a sentence and ends in a comma just before the name.</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?<role>(?:The|A|An)\s+[^,.;:""“”]{2,120}),\s*$")]
    private static partial Regex RoleBeforePattern();

    /// <summary>
    /// The appositive runs to the end of the sentence; after a comma it goes on only with another noun phrase
    /// (", a think tank"), not with a verb (", told …", ", studies …").
    /// </summary>
    [GeneratedRegex(@"^,\s+(?<role>(?:a|an|the|one\s+of|who|also\s+a|also\s+an|\p{Ll}[\p{L}\-]*ist|former|(?:\p{Ll}+\s+)?\p{Ll}*(?:director|chairman|chairwoman|chair|manager|officer|secretary|president|spokesman|spokeswoman|spokesperson|head|chief|leader|founder|member|minister|editor|analyst|owner)\b|\p{Lu}[\p{L}\-]*(?:'s|’s)?)\b(?:[^,.;\u0001]|,(?=\s+(?:a|an|the|\p{Lu}[\p{L}\-]*)\s))*)")]
    private static partial Regex AppositivePattern();

    [GeneratedRegex(@"(?<full>\p{Lu}[\p{L}\-]*(?:\s+(?:(?:of|for|on|and|the|de)\s+)?\p{Lu}[\p{L}\-]*)+)\s+\((?<acronym>\p{Lu}{2,8})\)")]
    private static partial Regex AcronymDefinition();

    [GeneratedRegex(@"^\p{Lu}{2,8}$")]
    private static partial Regex Acronym();

    /// <summary>Words that make a name a body, not a person.</summary>
    [GeneratedRegex(@"\b(?:Association|Ministry|Department|Council|Commission|Committee|Agency|Organi[sz]ation|Party|Bank|Inc|Corp|Ltd|Group|University|Police|Office|Court|Foundation|Institute|Union|Company|Authority|Service|Services|Government|Coastguard|Army|Navy|Church|Agency|Network|News|Times|Post)\b")]
    private static partial Regex OrganisationWord();

    [GeneratedRegex(@"(?<owner>\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’\-]*)+)\s+and\s+(?<possessive>his|her)\s+(?<relation>wife|husband)\s*,?\s+(?<given>\p{Lu}[\p{L}\p{M}'’\-]*)")]
    private static partial Regex SpousePattern();

    [GeneratedRegex(@"(?<![\p{L}])(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself|[Ss]he|[Hh]er|[Hh]erself)(?![\p{L}])")]
    private static partial Regex GenderedPronoun();

    [GeneratedRegex(@"(?<![\p{L}])(?:[Hh]e|[Hh]is|[Ss]he)(?![\p{L}])")]
    private static partial Regex SubjectPronoun();

    [GeneratedRegex(@"[.!?](?:\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[.!?\u0001]\s*$")]
    private static partial Regex SentenceEndBefore();

    [GeneratedRegex(@"(?<![\p{L}])\p{Ll}[\p{Ll}]+(?![\p{L}])")]
    private static partial Regex LowercaseWord();
}
