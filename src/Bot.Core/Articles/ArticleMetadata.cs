namespace Bot.Core.Articles;

/// <summary>Where an article comes from. Any field may be unknown.</summary>
public sealed record ArticleMetadata(string? Title, string? Url, DateOnly? Published, string? Outlet, string? Byline);
