namespace Bot.Core.Articles;

/// <summary>Whose words a paragraph carries.</summary>
/// <param name="Speaker">The person quoted or paraphrased, or null when the paragraph is the article's own words or an unnamed person's.</param>
/// <param name="HowSaid">How it was said: "said", "told Al Jazeera", "wrote on X", "said in a statement"; null for narration.</param>
/// <param name="QuoteText">The quoted words alone, joined, when the paragraph is a quote.</param>
/// <param name="Verbatim">True for a direct quote (the speaker's own words); false for a paraphrase and for narration.</param>
public sealed record Attribution(Speaker? Speaker, string? HowSaid, string? QuoteText, bool Verbatim = true)
{
    /// <summary>
    /// For a quote by someone the article does not name, how it describes them ("a 25-year-old woman"): shown in
    /// place of a name, never turned into one. Null otherwise.
    /// </summary>
    public string? UnnamedSpeaker { get; init; }

    /// <summary>The article's own words.</summary>
    public static Attribution Narration { get; } = new(null, null, null, Verbatim: false);

    /// <summary>The article's words reporting what someone said ("X said the plan would fail", "according to X").</summary>
    public static Attribution Paraphrase(Speaker speaker, string howSaid) => new(speaker, howSaid, null, Verbatim: false);
}
