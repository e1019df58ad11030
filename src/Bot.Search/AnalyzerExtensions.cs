using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bot.Search;

/// <summary>Runs text through an analyzer without any query parser, so user text is never query syntax.</summary>
internal static class AnalyzerExtensions
{
    /// <summary>The analyzed terms of a text, in order, duplicates kept.</summary>
    public static List<string> Terms(this Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
