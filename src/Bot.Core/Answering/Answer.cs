using Bot.Core.Articles;

namespace Bot.Core.Answering;

/// <summary>A cited answer, platform-neutral: each chat adapter renders it in its own way.</summary>
/// <param name="Question">What was asked.</param>
/// <param name="Outcome">Answered, not found, or rejected.</param>
/// <param name="Quote">The passage that answers, as written; null unless answered.</param>
/// <param name="Highlight">The sentence(s) of the passage that best match the question; null unless answered.</param>
/// <param name="Speaker">Whose words the passage carries; null for the article's own words.</param>
/// <param name="HowSaid">"told Al Jazeera", "wrote on X", "said in a statement"; null for narration.</param>
/// <param name="Source">The article's outlet, date, title and URL.</param>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Paragraph">The 1-based line number of the passage in its article file.</param>
/// <param name="Confidence">How sure the bot is, from 0 to 1.</param>
/// <param name="Alternatives">Up to two other passages: runners-up, or suggestions when not found.</param>
/// <param name="Message">What to tell the person when the bot did not answer.</param>
public sealed record Answer(
    Question Question,
    AnswerOutcome Outcome,
    string? Quote,
    string? Highlight,
    Speaker? Speaker,
    string? HowSaid,
    ArticleSource? Source,
    string? ArticleId,
    int? Paragraph,
    double Confidence,
    IReadOnlyList<AnswerAlternative> Alternatives,
    string? Message)
{
    /// <summary>The reply when nothing answers.</summary>
    public const string NotFoundMessage = "I couldn't find that in the article.";

    /// <summary>
    /// True when the passage is the speaker's own words (a direct quote); false for a paraphrase ("according to X")
    /// and for the article's own words. An answer made without saying is taken as a quote.
    /// </summary>
    public bool Verbatim { get; init; } = true;

    /// <summary>For a quote by someone the article does not name, how it describes them ("a 25-year-old woman").</summary>
    public string? UnnamedSpeaker { get; init; }

    /// <summary>True when a passage answers the question.</summary>
    public bool Answered => Outcome == AnswerOutcome.Answered;

    /// <summary>One human line of attribution: "Ana Muñoz, a housing researcher, told Daily Planet · Daily Planet · 4 Feb 2025 · ¶12".</summary>
    public string Attribution => AttributionLine.For(this);
}
