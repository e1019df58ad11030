namespace Bot.Core.Evaluation;

/// <summary>One question of an eval set (see shared/eval/README.md): what a hit must contain, and whose words it is.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Kind">who-said, fact, why, keyword or out-of-scope.</param>
/// <param name="Question">What is asked, as a person typed it.</param>
/// <param name="Contains">Exact substrings of the passages that answer; any one makes a hit.</param>
/// <param name="Speaker">Whose words the answer is; null for the article's own words.</param>
/// <param name="NoAnswer">True when the articles cannot answer it.</param>
/// <param name="Article">The article file the answer is in, when the set names it: a hit must come from it.</param>
/// <param name="SpeakerOk">For a paraphrase, every acceptable speaker (null included); empty when only <paramref name="Speaker"/> counts.</param>
public sealed record EvalQuestion(
    string Id,
    string Kind,
    string Question,
    IReadOnlyList<string> Contains,
    string? Speaker,
    bool NoAnswer,
    string? Article = null,
    IReadOnlyList<string?>? SpeakerOk = null)
{
    /// <summary>The speakers that count as right: <see cref="SpeakerOk"/> when given, else <see cref="Speaker"/> alone.</summary>
    public IReadOnlyList<string?> AcceptableSpeakers => SpeakerOk is { Count: > 0 } ok ? ok : [Speaker];

    /// <summary>True when the speaker is scored: a named speaker, or a paraphrase whose source may be named.</summary>
    public bool ScoresSpeaker => AcceptableSpeakers.Any(s => s is not null);
}
