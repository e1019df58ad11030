namespace Bot.Core.Answering;

/// <summary>What to look for: the question's content words, the question itself, and the person it is about.</summary>
/// <param name="Text">The question without filler and question words; plain text, never query syntax.</param>
/// <param name="SpeakerName">The person the question asks about, when it names one quoted in the articles.</param>
/// <param name="Question">The whole question without chat filler, for a semantic signal; <paramref name="Text"/> when null.</param>
public sealed record PassageQuery(string Text, string? SpeakerName = null, string? Question = null);
