namespace Bot.Host.Server.Platforms;

/// <summary>The options type whose start-up validation checks that each platform section is whole or absent.</summary>
internal sealed class PlatformSections;
