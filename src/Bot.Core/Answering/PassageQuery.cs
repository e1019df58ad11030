namespace Bot.Core.Answering;

/// <summary>What to look for: the question's content words, and the person it is about, if any.</summary>
/// <param name="Text">The question without filler and question words; plain text, never query syntax.</param>
/// <param name="SpeakerName">The person the question asks about, when it names one quoted in the articles.</param>
public sealed record PassageQuery(string Text, string? SpeakerName = null);
