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
        if (answer.Speaker is null && answer.UnnamedSpeaker is { Length: > 0 } unnamed)
        {
            // "a 25-year-old woman said": the words are hers, not the outlet's, though she has no name here.
            parts.Add(answer.HowSaid is { Length: > 0 } unnamedHow ? $"{unnamed} {unnamedHow}" : unnamed);
        }

        if (answer.Speaker is { } speaker)
        {
            var who = speaker.Role is { Length: > 0 } role ? $"{speaker.Name}, {role}" : speaker.Name;
            parts.Add(!answer.Verbatim ? $"according to {who}" : answer.HowSaid is { Length: > 0 } how ? $"{who}, {how}" : who);
        }

        parts.AddRange(Footer(answer.Source, answer.Paragraph));
        return string.Join(" · ", parts);
    }

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
