using System.Runtime.CompilerServices;
using Bot.Core.Answering;
using Bot.Core.Articles;

namespace Bot.Slack.Handling;

/// <summary>Finds a quoted person by name or description, the way the answer service reads "what did X say".</summary>
internal static class SlackPeople
{
    private static readonly ConditionalWeakTable<ArticleLibrary, QuestionAnalyzer> s_analyzers = [];

    public static QuotedPerson? Find(ArticleLibrary library, string nameOrDescription)
    {
        ArgumentNullException.ThrowIfNull(library);
        var analyzer = s_analyzers.GetValue(library, l => new QuestionAnalyzer(l));
        var person = analyzer.Analyze($"what did {nameOrDescription} say").Person;
        return person is null ? null : library.People.FirstOrDefault(p => p.Speaker.Name == person.Name);
    }
}
