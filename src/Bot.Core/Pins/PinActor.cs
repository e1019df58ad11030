namespace Bot.Core.Pins;

/// <summary>A moderator who pinned or unpinned an answer.</summary>
/// <param name="Id">The platform's user id.</param>
/// <param name="DisplayName">The name shown at the time, kept for the audit trail.</param>
public sealed record PinActor(string Id, string DisplayName);
