namespace Bot.Core.Articles;

/// <summary>A person quoted in an article: their name as first given in full, and their role (null when none is given).</summary>
public sealed record Speaker(string Name, string? Role);
