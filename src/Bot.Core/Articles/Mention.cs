namespace Bot.Core.Articles;

/// <summary>A place in the article where a speaker is mentioned outside quotes, in reading order.</summary>
/// <param name="Paragraph">The paragraph's index in the article.</param>
/// <param name="Index">The character position in the paragraph's text outside quotes.</param>
/// <param name="Referent">Who it points to.</param>
/// <param name="IsReporting">True when the mention is the subject of a reporting verb ("Northvale Police said …").</param>
internal sealed record Mention(int Paragraph, int Index, Referent Referent, bool IsReporting);
