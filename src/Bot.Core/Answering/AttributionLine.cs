using System.Globalization;

namespace Bot.Core.Answering;

/// <summary>Writes the one-line attribution that every platform shows under a quote.</summary>
public static class AttributionLine
{
    /// <summary>
    /// "Name, role, how · outlet · date · ¶n" for a quote; "a resident said · outlet · date · ¶n" for a quote by
    /// someone unnamed; "according to Name, role · outlet · date · ¶n" for a paraphrase; "outlet · date · ¶n" for
    /// narration.
    /// </summary>
    public static string For(Answer answer)
    {
        if (!answer.Answered || answer.Source is null)
        {
            return answer.Message ?? Answer.NotFoundMessage;
        }

        var parts = new List<string>();
        if (Credited(answer) is { } who)
        {
            // "a 25-year-old woman said": the words are hers, not the outlet's, though she has no name here.
            var separator = answer.Speaker is null ? " " : ", ";
            parts.Add(IsParaphrase(answer) ? $"according to {who}" : answer.HowSaid is { Length: > 0 } how ? who + separator + how : who);
        }

        parts.AddRange(Footer(answer.Source, answer.Paragraph));
        return string.Join(" · ", parts);
    }

    /// <summary>
    /// Who the answer credits, as every platform names them: "Name, role", an unnamed speaker's description ("a
    /// 25-year-old woman"), or null for the article's own words.
    /// </summary>
    public static string? Credited(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Speaker is { } speaker
            ? speaker.Role is { Length: > 0 } role ? $"{speaker.Name}, {role}" : speaker.Name
            : answer.UnnamedSpeaker is { Length: > 0 } unnamed ? unnamed : null;
    }

    /// <summary>True when the answer reports someone's words in the article's own: shown without quote marks.</summary>
    public static bool IsParaphrase(Answer answer) => !answer.Verbatim && Credited(answer) is not null;

    /// <summary>"outlet · 4 Feb 2025 · ¶29": the citation without the speaker.</summary>
    public static IEnumerable<string> Footer(ArticleSource source, int? paragraph)
    {
        yield return source.Outlet;
        if (source.Published is { } date)
        {
            yield return FormatDate(date);
        }

        if (paragraph is { } p)
        {
            yield return "¶" + p.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>"4 Feb 2025", as news sites print it.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
