using System.Text.RegularExpressions;

namespace Bot.Core.Articles;

/// <summary>
/// Decides, from the text alone, whose words each paragraph of an article carries: the speaker named by the
/// reporting clause ("…," X said; said X, a role; according to X; X said: "…"), a pronoun's most recent named
/// speaker (quoted or paraphrased), or, for a paragraph that is only a quote, the previous quote's speaker. Everything else, scare quotes
/// and paraphrase included, is the article's own words.
/// </summary>
internal static partial class AttributionResolver
{
    /// <summary>A quoted span shorter than this is a scare quote ("a "war on drugs"") unless a clause claims it.</summary>
    private const int MinQuoteWords = 5;

    private const string Verbs =
        "said|says|wrote|writes|added|adds|explained|explains|warned|warns|told|tells|noted|notes|stated|states|"
        + "argued|argues|posted|tweeted|insisted|insists|claimed|claims|asserted|replied|responded|demanded|demands|"
        + "declared|declares|continued|concluded|recalled|acknowledged|admitted|emphasised|emphasized|stressed|"
        + "remarked|observed|urged|cautioned|predicted|announced|countered|conceded|disputed|disputes|denied|denies|"
        + "rejected|rejects|dismissed|dismisses|agreed|agrees|disagreed|disagrees|suggested|suggests|maintained|"
        + "maintains|questioned|questions|accused|accuses";

    public static IReadOnlyList<Attribution> Resolve(IReadOnlyList<(string Text, ParagraphKind Kind)> paragraphs, string? outlet)
    {
        var people = new PeopleDirectory(paragraphs.Select(p => p.Text).ToList(), outlet);
        var platform = paragraphs.Select(p => PlatformPattern().Match(p.Text)).FirstOrDefault(m => m.Success)?.Groups["p"].Value;
        var result = new List<Attribution>(paragraphs.Count);
        Speaker? lastNamed = null;
        Attribution? lastQuote = null;
        foreach (var (text, kind) in paragraphs)
        {
            if (kind != ParagraphKind.Narration)
            {
                result.Add(Attribution.Narration);
                continue;
            }

            var (spans, outside) = QuoteSpans.Split(text);
            var quoteWords = spans.Sum(QuoteSpans.WordCount);
            if (spans.Count == 0 || spans.Max(QuoteSpans.WordCount) < MinQuoteWords)
            {
                // Paraphrase ("Roe said the plan …") is narration, but a "she said" after it means Roe.
                lastNamed = ReportedSubject(outside, people) ?? lastNamed;
                result.Add(Attribution.Narration);
                continue;
            }

            var quoteText = string.Join(" ", spans);
            var clause = FindClause(outside, people, lastNamed);
            if (clause is { } found)
            {
                var how = HowSaid(found.Verb, found.Tail, platform);
                var attribution = new Attribution(found.Speaker, how, quoteText);
                lastNamed = found.Speaker;
                lastQuote = attribution;
                result.Add(attribution);
                continue;
            }

            // Only a quote, no reporting clause: the previous quote's speaker goes on talking.
            var totalWords = QuoteSpans.WordCount(text);
            var startsWithQuote = text.TrimStart().Length > 0 && text.TrimStart()[0] is '"' or '\u201C';
            if (startsWithQuote && quoteWords * 2 >= totalWords && lastQuote?.Speaker is not null)
            {
                result.Add(lastQuote with { QuoteText = quoteText });
                continue;
            }

            result.Add(Attribution.Narration);
        }

        return result;
    }

    /// <summary>The reporting clause closest to a quote in the text outside the quotes, if any.</summary>
    private static (Speaker Speaker, string Verb, string Tail)? FindClause(string outside, PeopleDirectory people, Speaker? lastNamed)
    {
        var candidates = new List<(int Distance, Speaker Speaker, string Verb, string Tail)>();
        foreach (Match m in SubjectVerb().Matches(outside))
        {
            var subject = m.Groups["subject"].Value;
            var speaker = IsPronoun(subject) ? lastNamed : people.Resolve(subject);
            if (speaker is not null)
            {
                candidates.Add((DistanceToQuote(outside, m.Index, m.Index + m.Length), speaker, m.Groups["verb"].Value, m.Groups["tail"].Value));
            }
        }

        foreach (Match m in VerbSubject().Matches(outside))
        {
            if (people.Resolve(m.Groups["subject"].Value) is { } speaker)
            {
                candidates.Add((DistanceToQuote(outside, m.Index, m.Index + m.Length), speaker, m.Groups["verb"].Value, ""));
            }
        }

        foreach (Match m in AccordingTo().Matches(outside))
        {
            if (people.Resolve(m.Groups["subject"].Value) is { } speaker)
            {
                candidates.Add((DistanceToQuote(outside, m.Index, m.Index + m.Length), speaker, "said", ""));
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates.MinBy(c => c.Distance);
        return (best.Speaker, best.Verb, best.Tail);
    }

    /// <summary>The last person a paraphrase reports ("X said the …, and Y said he agreed" → Y), if it names one.</summary>
    private static Speaker? ReportedSubject(string outside, PeopleDirectory people) =>
        ReportingSubject().Matches(outside)
            .Select(m => m.Groups["subject"].Value)
            .Where(subject => !IsPronoun(subject))
            .Select(people.Resolve)
            .LastOrDefault(speaker => speaker is not null);

    private static bool IsPronoun(string subject) =>
        subject.Equals("he", StringComparison.OrdinalIgnoreCase) || subject.Equals("she", StringComparison.OrdinalIgnoreCase)
        || subject.Equals("they", StringComparison.OrdinalIgnoreCase);

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

    /// <summary>"told Al Jazeera", "said in a statement", "wrote on X", or the verb itself.</summary>
    private static string HowSaid(string verb, string tail, string? platform)
    {
        verb = verb.ToLowerInvariant();
        if (verb is "told" or "tells" && ToWhom().Match(tail) is { Success: true } whom)
        {
            return $"{verb} {whom.Groups["whom"].Value}";
        }

        if (InWhat().Match(tail) is { Success: true } setting)
        {
            return $"{verb} {setting.Value.Trim()}";
        }

        if (verb is "wrote" or "writes" or "posted" or "tweeted" && platform is not null)
        {
            return $"{verb} on {platform}";
        }

        return verb;
    }

    [GeneratedRegex(@"(?<subject>(?<![\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey)|\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:de|da|del|di|dos|van|von|der|bin|al|la|le)\s+)?\p{Lu}[\p{L}\p{M}'’.\-]*)*)(?:,[^,\u0001]{1,160},)?\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?<verb>" + Verbs + @")\b(?<tail>[^\u0001.]{0,40})")]
    private static partial Regex SubjectVerb();

    /// <summary>Every "X said" in a paraphrase, overlapping none of the next one's words (no tail).</summary>
    [GeneratedRegex(@"(?<subject>(?<![\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey)|\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:de|da|del|di|dos|van|von|der|bin|al|la|le)\s+)?\p{Lu}[\p{L}\p{M}'’.\-]*)*)(?:,[^,\u0001]{1,160},)?\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?<verb>" + Verbs + @")\b")]
    private static partial Regex ReportingSubject();

    [GeneratedRegex(@"\u0001[\s,]*(?<verb>said|says|wrote|writes|added|adds|explained|warned|noted|stated|argued|insisted|continued|concluded|declared|asserted|remarked|observed)\s+(?<subject>\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:de|da|del|di|dos|van|von|der|bin|al|la|le)\s+)?\p{Lu}[\p{L}\p{M}'’.\-]*)*)")]
    private static partial Regex VerbSubject();

    [GeneratedRegex(@"\baccording to\s+(?<subject>\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*)*)")]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^\s*(?<whom>(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3})")]
    private static partial Regex ToWhom();

    [GeneratedRegex(@"^\s*(?:in|during)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:statement|interview|post|speech|press release|press conference|briefing|letter|video|message|broadcast)\b")]
    private static partial Regex InWhat();

    /// <summary>A social platform named in the article ("taken to the platform X", "on Twitter").</summary>
    [GeneratedRegex(@"(?:platform|on)\s+(?<p>X|Twitter|Facebook|Instagram|Telegram|Truth Social|TikTok|Threads|Bluesky|LinkedIn|YouTube|Weibo)\b")]
    private static partial Regex PlatformPattern();
}
