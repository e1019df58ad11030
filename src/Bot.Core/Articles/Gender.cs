namespace Bot.Core.Articles;

/// <summary>What the article's own words say of a speaker's gender: a title, a pronoun, "his wife".</summary>
internal enum Gender
{
    /// <summary>Nothing in the article tells; compatible with any pronoun.</summary>
    Unknown,

    /// <summary>Mr, he, his, a husband.</summary>
    Male,

    /// <summary>Mrs, Ms, she, her, a wife.</summary>
    Female,
}
