using System.Text.RegularExpressions;

namespace Bot.Core.Articles;

/// <summary>
/// Decides, from the text alone, whose words each paragraph of an article carries, as a sieve: every mention of a
/// speaker is found first (names, titles, roles, organisations, unnamed people such as "a resident"), then each
/// quote is credited by the most certain pass that decides it: a reporting clause in the paragraph ("…," X said;
/// said X, a role; X said: "…"; "…," X.; according to X), whose pronoun means the nearest earlier mention of a fitting
/// gender; else, for a paragraph that is only a quote, the previous quote's speaker. An unnamed speaker stays
/// unnamed. A paragraph with no quote but a reporting clause is a paraphrase of that clause's subject, not verbatim;
/// scare quotes and narration are the article's own words.
/// </summary>
internal static class AttributionResolver
{
    /// <summary>A quoted span shorter than this is a scare quote ("a "war on drugs"") unless a clause claims it.</summary>
    private const int MinQuoteWords = 5;

    /// <summary>How close (in characters) a reporting clause stands to a quote to be its own clause.</summary>
    private const int AdjacentDistance = 4;

    public static IReadOnlyList<Attribution> Resolve(IReadOnlyList<(string Text, ParagraphKind Kind)> paragraphs, string? outlet)
    {
        var people = new PeopleDirectory(paragraphs.Select(p => p.Text).ToList(), outlet);
        var platform = paragraphs.Select(p => SpeakerPatterns.Platform().Match(p.Text)).FirstOrDefault(m => m.Success)?.Groups["p"].Value;
        var mentions = new MentionHistory(people);
        var result = new List<Attribution>(paragraphs.Count);
        Attribution? lastQuote = null;
        var firstNarration = true;
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var (text, kind) = paragraphs[index];
            if (kind != ParagraphKind.Narration)
            {
                result.Add(Attribution.Narration);
                continue;
            }

            if (firstNarration)
            {
                // "Port Elm, Freeland – Ana is …": the place is not a speaker, and Ana opens the sentence.
                text = SpeakerPatterns.Dateline().Replace(text, "", 1);
                firstNarration = false;
            }

            var (spans, outside) = QuoteSpans.Split(text);
            mentions.Read(index, outside);
            if (spans.Count == 0)
            {
                result.Add(Paraphrase(outside, index, mentions, platform));
                continue;
            }

            var quoteText = string.Join(" ", spans);
            var clause = FindClause(outside, index, mentions);
            var isShort = spans.Max(QuoteSpans.WordCount) < MinQuoteWords;
            // A few quoted words are someone's only when their clause is in the same sentence and reports speech
            // ("tweeted that X had won "by a decisive margin""); what someone "called" a thing in a few words is the
            // article's scare quote.
            if (clause is { } found && (!isShort || (SameSentence(outside, found.Index) && !found.Verb.Equals("called", StringComparison.OrdinalIgnoreCase))))
            {
                var attribution = new Attribution(found.Referent.Speaker, HowSaid(found.Verb, found.Tail, platform), quoteText)
                {
                    UnnamedSpeaker = found.Referent.Speaker is null ? Describe(found.Referent.Description) : null,
                };
                mentions.Add(new Mention(index, found.Index, found.Referent, IsReporting: true));
                lastQuote = attribution;
                result.Add(attribution);
                continue;
            }

            // Only a quote, no reporting clause: the previous quote's speaker goes on talking.
            if (!isShort && IsQuoteOnly(text, outside) && lastQuote is not null)
            {
                result.Add(lastQuote with { QuoteText = quoteText });
                continue;
            }

            // A quote no pass could credit stays unattributed; only a few scare-quoted words may sit in a paraphrase.
            result.Add(isShort ? Paraphrase(outside, index, mentions, platform) : Attribution.Narration);
        }

        return result;
    }

    /// <summary>
    /// Words with no quote of anyone's: a paraphrase of whoever the first reporting clause names ("X told Al Jazeera
    /// that …", "according to X"), else the article's own words. An unnamed source ("A minister for the state of X
    /// said …") is credited only when a clause names them as its subject, and only when no other clause of the
    /// paragraph reports someone else: a pronoun ("They said …") may mean anyone, and crediting the first of two
    /// speakers would show the other's words as theirs.
    /// </summary>
    private static Attribution Paraphrase(string outside, int paragraph, MentionHistory mentions, string? platform)
    {
        var clauses = SpeakerPatterns.SubjectCue().Matches(outside)
            .Where(m => SpeakerWords.IsSpeechVerb(m.Groups["verb"].Value) && SpeaksForThemselves(outside, m) && ReportsSomething(outside, m))
            .Select(m => (Match: m, Verb: m.Groups["verb"].Value, Tail: m.Groups["tail"].Value))
            .Concat(SpeakerPatterns.AccordingTo().Matches(outside).Select(m => (Match: m, Verb: "according to", Tail: "")))
            .OrderBy(c => c.Match.Index);
        Attribution? credit = null;
        foreach (var (match, verb, tail) in clauses)
        {
            var howSaid = verb == "according to" ? verb : HowSaid(verb, tail, platform);
            var next = mentions.Resolve(match.Groups["subject"].Value, paragraph, match.Index) switch
            {
                { Speaker: { } speaker } => Attribution.Paraphrase(speaker, howSaid),
                { Kind: ReferentKind.Unnamed, Description: { } description } when NamesUnnamedSource(outside, match) && Describe(description) is { } unnamed =>
                    Attribution.Narration with { HowSaid = howSaid, UnnamedSpeaker = unnamed },
                _ => null,
            };
            if (next is null)
            {
                continue;
            }

            if (credit is null)
            {
                credit = next;
                // A named source first keeps the pass as it was: the first clause that names someone wins.
                if (credit.Speaker is not null)
                {
                    return credit;
                }
            }
            else if (next.Speaker is not null || next.UnnamedSpeaker != credit.UnnamedSpeaker)
            {
                return Attribution.Narration;
            }
        }

        return credit ?? Attribution.Narration;
    }

    /// <summary>
    /// True when the clause's own subject describes an unnamed source ("A minister for …", "Another neighbour"): not a
    /// pronoun, and no name set off between it and the verb ("An expert at Oxford, Jane Smith, said").
    /// </summary>
    private static bool NamesUnnamedSource(string outside, Match clause)
    {
        var subject = clause.Groups["subject"];
        var verb = clause.Groups["verb"];
        return !SpeakerPatterns.LonePronoun().IsMatch(subject.Value)
            && !SpeakerPatterns.TwoCapitalisedWords().IsMatch(outside[(subject.Index + subject.Length)..verb.Index]);
    }

    /// <summary>
    /// A paragraph with nothing but quotation in it (punctuation aside): one with words outside its quotes has a
    /// clause of its own ("…," his daughter said) even when no pass could read it, and must not inherit a speaker.
    /// </summary>
    private static bool IsQuoteOnly(string text, string outside)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '"' or '\u201C' && !outside.Any(char.IsLetterOrDigit);
    }

    /// <summary>"Another neighbour" → "another neighbour": a description as it reads inside a sentence.</summary>
    private static string? Describe(string? description) =>
        description?.Trim() is { Length: > 0 } d ? char.ToLowerInvariant(d[0]) + d[1..] : null;

    /// <summary>A short quote counts as someone's words only when its reporting clause is in the same sentence.</summary>
    private static bool SameSentence(string outside, int clauseIndex)
    {
        for (var i = 0; i < outside.Length; i++)
        {
            if (outside[i] != QuoteSpans.Marker)
            {
                continue;
            }

            var (from, to) = i < clauseIndex ? (i, clauseIndex) : (clauseIndex, i);
            if (!SpeakerPatterns.SentenceEnd().IsMatch(outside[from..to]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reporting clause closest to a quote, with whom it names; null when no clause names anyone.</summary>
    private static Clause? FindClause(string outside, int paragraph, MentionHistory mentions)
    {
        var candidates = new List<(int Distance, Clause Clause)>();
        void Consider(Match m, string subject, string verb, string tail, bool speaksFor = false)
        {
            if (!speaksFor && !SpeaksForThemselves(outside, m))
            {
                return;
            }

            if (mentions.Resolve(subject, paragraph, m.Index) is { } referent)
            {
                candidates.Add((DistanceToQuote(outside, m.Index, m.Index + m.Length), new Clause(referent, verb, tail, m.Index)));
            }
        }

        foreach (Match m in SpeakerPatterns.SubjectCue().Matches(outside))
        {
            Consider(m, m.Groups["subject"].Value, m.Groups["verb"].Value, m.Groups["tail"].Value);
        }

        foreach (Match m in SpeakerPatterns.CueSubject().Matches(outside))
        {
            Consider(m, m.Groups["subject"].Value, m.Groups["verb"].Value, "");
        }

        foreach (Match m in SpeakerPatterns.QuoteThenName().Matches(outside))
        {
            Consider(m, m.Groups["subject"].Value, "said", "");
        }

        foreach (Match m in SpeakerPatterns.AccordingTo().Matches(outside))
        {
            Consider(m, m.Groups["subject"].Value, "said", "", speaksFor: true);
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        // "A," Ana Ruiz said. "B," Tom Baker replied. — one paragraph, two speakers: crediting both quotes to either
        // would misquote the other, so neither is named.
        var adjacent = candidates.Where(c => c.Distance <= AdjacentDistance && c.Clause.Referent.Speaker is not null)
            .Select(c => c.Clause.Referent.Speaker!.Name).Distinct(StringComparer.Ordinal).Count();
        return adjacent > 1 ? new Clause(new Referent(null, ReferentKind.Unnamed, Gender.Unknown), "said", "", candidates.MinBy(c => c.Distance).Clause.Index)
            : candidates.MinBy(c => c.Distance).Clause;
    }

    /// <summary>
    /// The verb goes on to say what was said ("warned that the dam would fail", "said on Monday it is investigating"),
    /// not just how ("said nothing.", "added quickly."): at least four words before the sentence ends.
    /// </summary>
    private static bool ReportsSomething(string outside, Match clause)
    {
        var verb = clause.Groups["verb"];
        var rest = outside[(verb.Index + verb.Length)..];
        var end = SpeakerPatterns.SentenceEnd().Match(rest);
        return QuoteSpans.WordCount(end.Success ? rest[..end.Index] : rest) >= 4;
    }

    /// <summary>
    /// "a spokesman for Ana Ruiz said", "said the lawyer for Ana Ruiz", "Ruiz's lawyer said": Ruiz is not the speaker.
    /// A body speaks through its spokespeople, though: "a spokesman for the Election Commission said" is the commission.
    /// </summary>
    private static bool SpeaksForThemselves(string outside, Match clause)
    {
        var subject = clause.Groups["subject"];
        var before = outside[..subject.Index];
        return !SpeakerPatterns.Possessive().IsMatch(subject.Value)
            && (!SpeakerPatterns.OnBehalfOf().IsMatch(before)
                || (SpeakerPatterns.SpokespersonFor().IsMatch(before) && SpeakerPatterns.LooksLikeBody().IsMatch(subject.Value)));
    }

    private static int DistanceToQuote(string outside, int start, int end)
    {
        var best = int.MaxValue;
        for (var i = 0; i < outside.Length; i++)
        {
            if (outside[i] == QuoteSpans.Marker)
            {
                var d = i < start ? start - i : i >= end ? i - end : 0;
                best = Math.Min(best, d);
            }
        }

        return best;
    }

    /// <summary>"told Al Jazeera", "said in a statement", "said on Twitter", "wrote on X", or the verb itself.</summary>
    private static string HowSaid(string verb, string tail, string? platform)
    {
        verb = verb.ToLowerInvariant();
        if (verb is "told" or "tells" && SpeakerPatterns.ToWhom().Match(tail) is { Success: true } whom)
        {
            return $"{verb} {whom.Groups["whom"].Value}";
        }

        if (SpeakerPatterns.InWhat().Match(tail) is { Success: true } setting)
        {
            return $"{verb} {setting.Value.Trim()}";
        }

        if (SpeakerPatterns.OnPlatform().Match(tail) is { Success: true } on)
        {
            return $"{verb} on {on.Groups["p"].Value}";
        }

        if (verb is "wrote" or "writes" or "posted" or "tweeted" && platform is not null)
        {
            return $"{verb} on {platform}";
        }

        return verb;
    }

    private sealed record Clause(Referent Referent, string Verb, string Tail, int Index);
}
