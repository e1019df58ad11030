namespace Bot.Core.Answering;

/// <summary>
/// The kind of expression a question's answer is, when the question says so ("how old" → an age): a passage that
/// holds one is far likelier to answer it than a passage that only shares its words.
/// </summary>
public enum AnswerKind
{
    /// <summary>The question does not name a kind of answer.</summary>
    Any,

    /// <summary>"how old": "aged 62", "the 36-year-old".</summary>
    Age,

    /// <summary>"how long", "how much time": "five years", "an hour".</summary>
    Duration,

    /// <summary>"what time", "at what time": "7 a.m.", "noon".</summary>
    ClockTime,

    /// <summary>"when did …", "what day": "on Wednesday", "in August", "last week", "2019".</summary>
    Date,

    /// <summary>"why …", "what caused …": "because of the winds", "in response", "aggravated by rising prices".</summary>
    Reason,
}
