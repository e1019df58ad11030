using Bot.Core.Articles;

namespace Bot.Core.Answering;

/// <summary>A paragraph with its final score and how sure the bot is that it answers.</summary>
public sealed record RankedPassage(Paragraph Paragraph, double Score, double Confidence);
