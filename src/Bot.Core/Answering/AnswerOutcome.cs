namespace Bot.Core.Answering;

/// <summary>Whether the bot answered, and if not, why.</summary>
public enum AnswerOutcome
{
    /// <summary>A passage answers the question.</summary>
    Answered,

    /// <summary>Nothing in the articles answers it; the alternatives are the closest passages.</summary>
    NotFound,

    /// <summary>The question could not be asked as typed (empty, or longer than the limit).</summary>
    Rejected,

    /// <summary>The asker sent too many questions too quickly; the message says when to try again.</summary>
    RateLimited,
}
