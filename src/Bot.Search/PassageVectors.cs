using System.Text;
using Bot.Core.Answering;
using Bot.Core.Articles;

namespace Bot.Search;

/// <summary>
/// The paragraphs' embeddings, computed when the index is built and stored beside it (<c>vectors.bin</c>), so
/// start-up encodes nothing. The file names the seeds' fingerprint and the encoder's identity; vectors of other
/// seeds or from another encoder are never used.
/// </summary>
internal sealed class PassageVectors
{
    /// <summary>The file format and the way paragraphs are turned into text (<see cref="EmbeddingText"/>): bump on change.</summary>
    private const string Magic = "BOTVEC3";

    /// <summary>Per paragraph: its own embedding, then the embedding of it read after the paragraph before.</summary>
    private readonly Dictionary<(string ArticleId, int Paragraph), float[][]> _vectors;

    private PassageVectors(Dictionary<(string, int), float[][]> vectors) => _vectors = vectors;

    public int Count => _vectors.Count;

    /// <summary>
    /// A paragraph's embeddings: its own, and in context (after the paragraph before it, which often names the
    /// topic that "That vote" or "he" refers to); null when unknown.
    /// </summary>
    public (float[] Own, float[] InContext)? Find(string articleId, int paragraph) =>
        _vectors.TryGetValue((articleId, paragraph), out var v) ? (v[0], v[1]) : null;

    /// <summary>Encodes every paragraph of the library, alone and in context, in batches.</summary>
    public static PassageVectors Encode(ArticleLibrary library, ITextEncoder encoder)
    {
        const int batchSize = 16;
        var texts = new List<((string, int) Key, string Own, string InContext)>();
        foreach (var article in library.Articles)
        {
            for (var i = 0; i < article.Paragraphs.Count; i++)
            {
                var p = article.Paragraphs[i];
                var before = i > 0 ? article.Paragraphs[i - 1].Text + " " : "";
                texts.Add(((p.ArticleId, p.Number), EmbeddingText(p), before + p.Text));
            }
        }

        // Texts of similar length share a batch, so little time goes on padding.
        var jobs = texts.SelectMany(t => new[] { (t.Key, Slot: 0, Text: t.Own), (t.Key, Slot: 1, Text: t.InContext) })
            .OrderBy(j => j.Text.Length)
            .ToList();
        var vectors = texts.ToDictionary(t => t.Key, _ => new float[2][]);
        foreach (var batch in jobs.Chunk(batchSize))
        {
            var encoded = encoder.Encode([.. batch.Select(j => j.Text)]);
            for (var i = 0; i < batch.Length; i++)
            {
                vectors[batch[i].Key][batch[i].Slot] = encoded[i];
            }
        }

        return new PassageVectors(vectors);
    }

    /// <summary>Reads the file, or null when it is missing, unreadable, or made from other seeds or by another encoder.</summary>
    public static PassageVectors? TryLoad(string path, string fingerprint, ITextEncoder encoder)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            var dimensions = encoder.Dimensions;
            if (reader.ReadString() != Magic || reader.ReadString() != fingerprint || reader.ReadString() != encoder.Identity || reader.ReadInt32() != dimensions)
            {
                return null;
            }

            var count = reader.ReadInt32();
            var vectors = new Dictionary<(string, int), float[][]>(count);
            for (var i = 0; i < count; i++)
            {
                var key = (reader.ReadString(), reader.ReadInt32());
                vectors[key] = [ReadVector(reader, dimensions), ReadVector(reader, dimensions)];
            }

            return new PassageVectors(vectors);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the file atomically (a temp file of this process's own, then rename), so a crash leaves the old file or
    /// none, and a process reading it meanwhile sees one whole file.
    /// </summary>
    public void Save(string path, string fingerprint, ITextEncoder encoder)
    {
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(fingerprint);
            writer.Write(encoder.Identity);
            writer.Write(encoder.Dimensions);
            writer.Write(_vectors.Count);
            foreach (var ((articleId, paragraph), pair) in _vectors)
            {
                writer.Write(articleId);
                writer.Write(paragraph);
                foreach (var value in pair.SelectMany(v => v))
                {
                    writer.Write(value);
                }
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    private static float[] ReadVector(BinaryReader reader, int dimensions)
    {
        var vector = new float[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            vector[d] = reader.ReadSingle();
        }

        return vector;
    }

    /// <summary>A quote is embedded with its speaker, so "what did the economist say" meets the economist's words.</summary>
    private static string EmbeddingText(Paragraph paragraph) =>
        paragraph.QuotedSpeaker is { } s ? $"{s.Name}, {s.Role}: {paragraph.Text}" : paragraph.Text;
}
