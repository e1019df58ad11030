namespace Bot.Core.Articles;

/// <summary>What kind of thing a mention of a speaker points to.</summary>
internal enum ReferentKind
{
    /// <summary>Someone the article shows to be a person (a title, a role, an age, a gendered pronoun).</summary>
    Person,

    /// <summary>A company, agency, force or other body ("the UN", "Apple", "the force").</summary>
    Organisation,

    /// <summary>A name with nothing that tells a person from an organisation.</summary>
    Unknown,

    /// <summary>A person the article does not name ("a resident", "another neighbour"): never given a name.</summary>
    Unnamed,
}
