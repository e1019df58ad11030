using System.Text;
using Bot.Core.Answering;

namespace Bot.Host.Cli;

/// <summary>
/// The answer as a person reads it in a terminal: the quote, with its best sentence in bold where the terminal shows
/// bold (ANSI "bold" and "normal intensity"), then the citation. Elsewhere the text is plain: no markup characters.
/// </summary>
internal static class PlainTextAnswer
{
    private const string Bold = "\u001b[1m";
    private const string Normal = "\u001b[22m";

    public static string Render(Answer answer, bool bold)
    {
        var sb = new StringBuilder();
        if (!answer.Answered)
        {
            sb.AppendLine(answer.Message);
            if (answer.Alternatives.Count > 0)
            {
                sb.AppendLine("Closest passages:");
                foreach (var alt in answer.Alternatives)
                {
                    sb.Append("  ¶").Append(alt.Paragraph).Append(": ").AppendLine(alt.Quote);
                }
            }

            return sb.ToString();
        }

        var quote = answer.Quote!;
        var highlight = answer.Highlight;
        var marked = bold && highlight is { Length: > 0 } && highlight != quote && quote.Contains(highlight, StringComparison.Ordinal)
            ? quote.Replace(highlight, Bold + highlight + Normal, StringComparison.Ordinal)
            : quote;
        sb.AppendLine(marked);
        sb.Append("— ").AppendLine(answer.Attribution);
        if (answer.Source?.Url is { } url)
        {
            sb.AppendLine(url);
        }

        sb.Append("(confidence ").Append(answer.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).AppendLine(")");
        return sb.ToString();
    }
}
