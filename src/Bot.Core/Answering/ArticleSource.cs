namespace Bot.Core.Answering;

/// <summary>The article an answer comes from, as cited.</summary>
public sealed record ArticleSource(string Outlet, DateOnly? Published, string? Title, string? Url);
