namespace Bot.Core.Evaluation;

/// <summary>One question of an eval set (see shared/eval/README.md): what a hit must contain, and whose words it is.</summary>
public sealed record EvalQuestion(string Id, string Kind, string Question, IReadOnlyList<string> Contains, string? Speaker, bool NoAnswer);
