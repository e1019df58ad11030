using Bot.Core.Answering;

namespace Bot.Core.Articles;

/// <summary>Finds a quoted person by name or description, the way the answer service reads "what did X say".</summary>
public static class PersonFinder
{
    /// <summary>The person a name (typos allowed) or description ("the spokesperson") points to, or null.</summary>
    public static QuotedPerson? Find(ArticleLibrary library, string nameOrDescription)
    {
        ArgumentNullException.ThrowIfNull(library);
        var analyzed = new QuestionAnalyzer(library).Analyze($"what did {nameOrDescription} say");
        return analyzed.Person is { } person ? library.People.FirstOrDefault(p => p.Speaker.Name == person.Name) : null;
    }
}
