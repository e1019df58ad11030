using Bot.Core.Articles;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace Bot.Search;

/// <summary>Writes one Lucene document per paragraph, with BM25 set on the writer (Lucene 4.8 defaults to TF-IDF).</summary>
internal static class PassageIndexWriter
{
    public static void Write(Lucene.Net.Store.Directory directory, ArticleLibrary library)
    {
        using var analyzer = new FoldingEnglishAnalyzer();
        var config = new IndexWriterConfig(FoldingEnglishAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var article in library.Articles)
        {
            var paragraphs = article.Paragraphs;
            for (var i = 0; i < paragraphs.Count; i++)
            {
                writer.AddDocument(ToDocument(paragraphs[i], Neighbours(paragraphs, i)));
            }
        }

        writer.Commit();
    }

    private static string Neighbours(IReadOnlyList<Paragraph> paragraphs, int i) =>
        (i > 0 ? paragraphs[i - 1].Text : "") + "\n" + (i + 1 < paragraphs.Count ? paragraphs[i + 1].Text : "");

    private static Document ToDocument(Paragraph paragraph, string context)
    {
        var doc = new Document
        {
            new StringField(PassageFields.Article, paragraph.ArticleId, Field.Store.YES),
            new Int32Field(PassageFields.Paragraph, paragraph.Number, Field.Store.YES),
            new TextField(PassageFields.Text, paragraph.Text, Field.Store.YES),
            new TextField(PassageFields.Context, context, Field.Store.NO),
            new StringField(PassageFields.Kind, paragraph.Kind.ToString(), Field.Store.YES),
        };
        if (paragraph.QuotedSpeaker is { } speaker)
        {
            doc.Add(new TextField(PassageFields.Speaker, $"{speaker.Name} {speaker.Role}", Field.Store.YES));
            doc.Add(new StringField(PassageFields.SpeakerId, speaker.Name, Field.Store.YES));
        }

        if (paragraph.Attribution.QuoteText is { } quote)
        {
            doc.Add(new StoredField(PassageFields.Quote, quote));
        }

        return doc;
    }
}
