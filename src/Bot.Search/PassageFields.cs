namespace Bot.Search;

/// <summary>The fields of a paragraph's Lucene document.</summary>
internal static class PassageFields
{
    /// <summary>The article id, exact.</summary>
    public const string Article = "article";

    /// <summary>The 1-based line number, stored.</summary>
    public const string Paragraph = "paragraph";

    /// <summary>The paragraph's text, analyzed and stored.</summary>
    public const string Text = "text";

    /// <summary>The neighbouring paragraphs' text, analyzed only: a quote's topic is often named just before it.</summary>
    public const string Context = "context";

    /// <summary>The speaker's name and role, analyzed and stored.</summary>
    public const string Speaker = "speaker";

    /// <summary>The speaker's name, exact, for "what did X say" questions.</summary>
    public const string SpeakerId = "speaker_id";

    /// <summary>The quoted words alone, stored.</summary>
    public const string Quote = "quote";

    /// <summary>The paragraph kind (narration, quote, dateline, source line), exact.</summary>
    public const string Kind = "kind";
}
