using Bot.Core.Articles;

namespace Bot.Core.Answering;

/// <summary>What a question asks, as far as ranking needs to know.</summary>
/// <param name="Cleaned">The question as typed, without mentions and chat filler: for sentence embeddings.</param>
/// <param name="SearchText">The content words to look for: no filler, mentions or question words.</param>
/// <param name="Person">The quoted person the question is about, if it names or describes one.</param>
/// <param name="WantsQuote">True for "who said …" and "what did X say …": quotes rank first.</param>
/// <param name="WantsNumber">True for "how much / how many / what percent": passages with numbers rank first.</param>
/// <param name="NamesUnknownPerson">True when the question asks what someone said who is not in the articles.</param>
public sealed record AnalyzedQuestion(string Cleaned, string SearchText, Speaker? Person, bool WantsQuote, bool WantsNumber, bool NamesUnknownPerson)
{
    /// <summary>The words after "how many / how much" that may name what is counted ("us", "flights").</summary>
    public IReadOnlyList<string> CountedNouns { get; init; } = [];

    /// <summary>The kind of expression the answer is, when the question says ("how old" → an age).</summary>
    public AnswerKind Expects { get; init; }

    /// <summary>True for "what caused …", "what led to …": a passage that gives no cause cannot answer it.</summary>
    public bool AsksCause { get; init; }

    /// <summary>True for "how many …": the answer is a count, which a passage without a number cannot give.</summary>
    public bool AsksHowMany { get; init; }

    /// <summary>True for "how much does it cost / did they spend / is it worth": the answer is an amount of money.</summary>
    public bool WantsMoney { get; init; }

    /// <summary>True for "how much has X gone up / risen / fallen": a change, which a percentage answers.</summary>
    public bool AsksChange { get; init; }

    /// <summary>
    /// True for "why does X matter", "what does X mean for Y", "how will X affect Y": the answer is what follows
    /// from X, which articles usually tell in the paragraph after the one that tells X ("That vote is likely to …").
    /// </summary>
    public bool AsksConsequence { get; init; }
}
