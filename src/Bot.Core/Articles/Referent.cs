namespace Bot.Core.Articles;

/// <summary>Who a mention points to.</summary>
/// <param name="Speaker">The speaker to credit, or null for an unnamed one.</param>
/// <param name="Kind">Person, organisation, unknown or unnamed.</param>
/// <param name="Gender">What the article tells of their gender.</param>
/// <param name="Description">For an unnamed speaker, how the article describes them ("a 25-year-old woman").</param>
internal sealed record Referent(Speaker? Speaker, ReferentKind Kind, Gender Gender, string? Description = null)
{
    /// <summary>True when a he/she pronoun can point to it.</summary>
    public bool Fits(Gender pronoun) =>
        Kind != ReferentKind.Organisation && (pronoun == Gender.Unknown || Gender == Gender.Unknown || Gender == pronoun);
}
