using Bot.Core.Articles;

namespace Bot.Core.Answering;

/// <summary>Another passage that could answer, or a suggestion when nothing does.</summary>
public sealed record AnswerAlternative(string Quote, Speaker? Speaker, string ArticleId, int Paragraph);
