using System.Text.RegularExpressions;

namespace Bot.Core.Articles;

/// <summary>
/// Every mention of a speaker read so far, in reading order, and how a subject in a reporting clause resolves against
/// them: a pronoun to the nearest earlier mention of a fitting gender, "the force" to the nearest body that spoke,
/// "a resident" to nobody by name, a name through the article's <see cref="PeopleDirectory"/>.
/// </summary>
internal sealed partial class MentionHistory(PeopleDirectory people)
{
    private readonly List<Mention> _mentions = [];
    private readonly Dictionary<string, Gender> _genders = new(StringComparer.Ordinal);

    /// <summary>Adds a mention, such as the speaker a reporting clause named.</summary>
    public void Add(Mention mention) => _mentions.Add(mention);

    /// <summary>Records the mentions in a paragraph's text outside quotes: subjects, and whoever reports.</summary>
    public void Read(int paragraph, string outside)
    {
        var found = new List<Mention>();
        var appositives = new List<(int From, int To)>();
        foreach (Match m in SpeakerPatterns.SubjectCue().Matches(outside).Concat(SpeakerPatterns.AccordingTo().Matches(outside)))
        {
            var subject = m.Groups["subject"];
            if (m.Groups["verb"].Success)
            {
                // "Karl Roe, a journalist based in Port Elm, Freeland, told …": Freeland is part of what describes him.
                appositives.Add((subject.Index + subject.Length, m.Groups["verb"].Index));
            }

            if (!IsPronoun(subject.Value) && Resolve(subject.Value, paragraph, m.Index) is { } referent)
            {
                found.Add(new Mention(paragraph, subject.Index, referent, IsReporting: true));
            }
        }

        foreach (Match m in SpeakerPatterns.SubjectMention().Matches(outside))
        {
            var subject = m.Groups["subject"];
            if (!appositives.Any(a => subject.Index >= a.From && subject.Index < a.To)
                && Subject(UpToSentenceEnd(subject.Value), m.Groups["role"].Success, Rest(outside, subject.Index + subject.Length)) is { } referent)
            {
                found.Add(new Mention(paragraph, subject.Index, referent, IsReporting: false));
            }
        }

        _mentions.AddRange(found.OrderBy(f => f.Index));
    }

    /// <summary>Who a clause's subject names, as of a place in the article; null when it names nobody.</summary>
    public Referent? Resolve(string subject, int paragraph, int index)
    {
        subject = UpToSentenceEnd(subject);
        if (IsPronoun(subject))
        {
            var gender = subject.ToLowerInvariant() switch { "he" => Gender.Male, "she" => Gender.Female, _ => Gender.Unknown };
            var referent = Before(paragraph, index).Select(m => Learned(m.Referent))
                .FirstOrDefault(r => gender == Gender.Unknown ? r.FitsThey : r.Fits(gender));
            if (referent?.Speaker is { } speaker && gender != Gender.Unknown)
            {
                // "she said" of Ana Ruiz tells that a later "he" is someone else.
                _genders.TryAdd(speaker.Name, gender);
            }

            return referent;
        }

        if (NominalNoun(subject) is { } noun)
        {
            if (IsOrganisationHead(noun))
            {
                // "the force said" after "Northvale Police said": the nearest body that spoke.
                // A body whose name holds the noun ("the union" → "the Transit Workers Union") wins; a generic noun
                // ("the force", "the company") may mean any body that spoke.
                var bodies = Before(paragraph, index)
                    .Where(m => m.IsReporting && m.Referent.Kind is ReferentKind.Organisation or ReferentKind.Unknown).ToList();
                return bodies.FirstOrDefault(m => m.Referent.Speaker!.Name.Contains(noun, StringComparison.OrdinalIgnoreCase))?.Referent
                    ?? (SpeakerWords.IsGenericBody(noun) ? bodies.FirstOrDefault()?.Referent : null)
                    ?? new Referent(null, ReferentKind.Unnamed, Gender.Unknown, subject);
            }

            return new Referent(null, ReferentKind.Unnamed, SpeakerWords.NounGender(noun), subject);
        }

        return people.Identify(subject);
    }

    /// <summary>A referent with the gender that an earlier pronoun resolved to it gave it, when the article said none.</summary>
    private Referent Learned(Referent referent) =>
        referent is { Gender: Gender.Unknown, Speaker: { } speaker } && _genders.TryGetValue(speaker.Name, out var gender)
            ? referent with { Gender = gender }
            : referent;

    /// <summary>The mentions before a place, nearest first.</summary>
    private IEnumerable<Mention> Before(int paragraph, int index) =>
        _mentions.Where(m => m.Paragraph < paragraph || (m.Paragraph == paragraph && m.Index < index))
            .OrderByDescending(m => m.Paragraph).ThenByDescending(m => m.Index);

    private Referent? Subject(string subject, bool hasRole, string rest)
    {
        if (NominalNoun(subject) is { } noun)
        {
            if (IsOrganisationHead(noun))
            {
                return null;
            }

            var nounGender = SpeakerWords.NounGender(noun);
            return new Referent(null, ReferentKind.Unnamed, nounGender == Gender.Unknown ? PeopleDirectory.PronounGender(rest) : nounGender, subject);
        }

        if (people.Identify(subject) is not { Speaker: not null } referent)
        {
            return null;
        }

        if (referent.Gender == Gender.Unknown && referent.Kind != ReferentKind.Organisation && PeopleDirectory.SubjectPronounGender(rest) is var gender and not Gender.Unknown)
        {
            referent = referent with { Gender = gender, Kind = ReferentKind.Person };
        }

        return hasRole && referent.Kind == ReferentKind.Unknown ? referent with { Kind = ReferentKind.Person } : referent;
    }

    /// <summary>The rest of the sentence after a mention, up to the next capitalised name.</summary>
    private static string Rest(string outside, int from)
    {
        var rest = outside[from..];
        var end = SpeakerPatterns.SentenceEnd().Match(rest);
        rest = end.Success ? rest[..end.Index] : rest;
        var next = PersonNames.Run().Match(rest);
        return next.Success ? rest[..next.Index] : rest;
    }

    /// <summary>"Johnson. That" → "Johnson": a run of capitalised words does not go on past a sentence's end.</summary>
    private static string UpToSentenceEnd(string subject)
    {
        var end = SentenceEndInName().Match(subject);
        return (end.Success ? subject[..end.Index] : subject).Trim().TrimEnd('.');
    }

    [GeneratedRegex(@"(?<=\p{Ll}{2}\.)\s")]
    private static partial Regex SentenceEndInName();

    private static string? NominalNoun(string subject)
    {
        var words = subject.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && words[0].Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            return "one";
        }

        if (words.Length < 2 || words[0].ToLowerInvariant() is not ("a" or "an" or "another" or "the" or "one" or "other"))
        {
            return null;
        }

        // "a minister for the state of Freeland": the noun is the word before what it is "for".
        var preposition = Array.FindIndex(words, 2, w => w is "for" or "of" or "from" or "at" or "in" or "with");
        var noun = preposition > 0 ? words[preposition - 1] : words[^1];
        return char.IsLower(noun[0]) ? noun : null;
    }

    private static bool IsOrganisationHead(string noun) =>
        SpeakerWords.OrganisationHeads.Split('|').Contains(noun.ToLowerInvariant());

    private static bool IsPronoun(string subject) =>
        subject.ToLowerInvariant() is "he" or "she" or "they";
}
