namespace Bot.Core.Articles;

/// <summary>Who a mention points to.</summary>
/// <param name="Speaker">The speaker to credit, or null for an unnamed one.</param>
/// <param name="Kind">Person, organisation, unknown or unnamed.</param>
/// <param name="Gender">What the article tells of their gender.</param>
/// <param name="Description">For an unnamed speaker, how the article describes them ("a 25-year-old woman").</param>
internal sealed record Referent(Speaker? Speaker, ReferentKind Kind, Gender Gender, string? Description = null)
{
    /// <summary>
    /// True when "he" (<see cref="Gender.Male"/>) or "she" (<see cref="Gender.Female"/>) can point to it: a person of a
    /// fitting gender, but not a lone capitalised word that nothing shows to be a person ("Kyiv has been …").
    /// </summary>
    public bool Fits(Gender pronoun) =>
        Kind != ReferentKind.Organisation
        && !(Kind == ReferentKind.Unknown && Gender == Gender.Unknown && Speaker?.Name.Contains(' ', StringComparison.Ordinal) == false)
        && (Gender == Gender.Unknown || Gender == pronoun);

    /// <summary>True when "they" can point to it: a body or an unnamed group, never one named person.</summary>
    public bool FitsThey => Kind is ReferentKind.Organisation or ReferentKind.Unnamed;
}
