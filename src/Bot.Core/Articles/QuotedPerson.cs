namespace Bot.Core.Articles;

/// <summary>A person quoted in the articles and the paragraphs that carry their words, in order.</summary>
public sealed record QuotedPerson(Speaker Speaker, IReadOnlyList<Paragraph> Quotes);
