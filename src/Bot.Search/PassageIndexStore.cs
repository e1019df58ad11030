using System.Diagnostics;
using Bot.Core.Answering;
using Bot.Core.Articles;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Bot.Search;

/// <summary>
/// Keeps the index in a folder (<c>index/</c>): the Lucene files under <c>lucene/</c> and the seeds' fingerprint
/// in <c>seeds.sha256</c>. Opening rebuilds it when it is missing, corrupt or built from other seeds; the index is
/// then loaded into memory. NIOFSDirectory, not MMapDirectory, which crashes and slows down in this Lucene.Net beta.
/// </summary>
public static class PassageIndexStore
{
    /// <summary>Bumped when the document layout changes, so old indexes are rebuilt.</summary>
    private const string LayoutVersion = "layout-1";

    private const string LuceneFolder = "lucene";
    private const string StampFile = "seeds.sha256";
    private const string VectorsFile = "vectors.bin";

    /// <summary>Opens the index in <paramref name="folder"/>, rebuilding it first when needed.</summary>
    /// <param name="folder">The index folder.</param>
    /// <param name="library">The articles the index must match.</param>
    /// <param name="log">Receives one line when the index is rebuilt, saying why.</param>
    /// <param name="encoder">The sentence encoder for the semantic signal; null for lexical search only.</param>
    public static IndexOpenResult OpenOrBuild(string folder, ArticleLibrary library, Action<string>? log = null, ITextEncoder? encoder = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var reason = WhyRebuild(folder, library);
        if (reason is null)
        {
            try
            {
                var vectors = encoder is null ? null : LoadOrEncodeVectors(folder, library, encoder, log);
                return new IndexOpenResult(LoadIntoMemory(folder, encoder, vectors), false, null, stopwatch.Elapsed);
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException)
            {
                reason = $"the index could not be read ({e.GetType().Name}: {e.Message})";
            }
        }

        log?.Invoke($"Rebuilding the index in '{Path.GetFullPath(folder)}': {reason}.");
        Build(folder, library, encoder);
        var built = encoder is null ? null : LoadOrEncodeVectors(folder, library, encoder, log);
        return new IndexOpenResult(LoadIntoMemory(folder, encoder, built), true, reason, stopwatch.Elapsed);
    }

    /// <summary>Builds the index in <paramref name="folder"/> from scratch and stamps it with the seeds' fingerprint.</summary>
    /// <param name="folder">The index folder.</param>
    /// <param name="library">The articles to index.</param>
    /// <param name="encoder">When given, the paragraphs' embeddings are computed and stored beside the index.</param>
    public static void Build(string folder, ArticleLibrary library, ITextEncoder? encoder = null)
    {
        var lucenePath = Path.Combine(folder, LuceneFolder);
        if (System.IO.Directory.Exists(lucenePath))
        {
            System.IO.Directory.Delete(lucenePath, recursive: true);
        }

        System.IO.Directory.CreateDirectory(lucenePath);
        var stampPath = Path.Combine(folder, StampFile);
        File.Delete(stampPath);
        File.Delete(Path.Combine(folder, VectorsFile));
        using (var directory = new NIOFSDirectory(new DirectoryInfo(lucenePath)))
        {
            PassageIndexWriter.Write(directory, library);
        }

        if (encoder is not null)
        {
            PassageVectors.Encode(library, encoder).Save(Path.Combine(folder, VectorsFile), library.Fingerprint, encoder);
        }

        // The stamp is written last: an interrupted build leaves no stamp and is rebuilt next time.
        File.WriteAllText(stampPath, Stamp(library));
    }

    /// <summary>An index held only in memory, for tests and throwaway runs.</summary>
    public static LucenePassageIndex InMemory(ArticleLibrary library, ITextEncoder? encoder = null)
    {
        var directory = new RAMDirectory();
        PassageIndexWriter.Write(directory, library);
        return new LucenePassageIndex(directory, encoder, encoder is null ? null : PassageVectors.Encode(library, encoder));
    }

    /// <summary>The stored embeddings, or new ones (saved) when they are missing, from other seeds or another encoder.</summary>
    private static PassageVectors LoadOrEncodeVectors(string folder, ArticleLibrary library, ITextEncoder encoder, Action<string>? log)
    {
        var path = Path.Combine(folder, VectorsFile);
        if (PassageVectors.TryLoad(path, library.Fingerprint, encoder) is { } stored)
        {
            return stored;
        }

        log?.Invoke($"Encoding the paragraphs for the semantic signal into '{path}'.");
        var vectors = PassageVectors.Encode(library, encoder);
        vectors.Save(path, library.Fingerprint, encoder);
        return vectors;
    }

    private static string? WhyRebuild(string folder, ArticleLibrary library)
    {
        var stampPath = Path.Combine(folder, StampFile);
        var lucenePath = Path.Combine(folder, LuceneFolder);
        if (!File.Exists(stampPath) || !System.IO.Directory.Exists(lucenePath))
        {
            return "no index yet";
        }

        if (File.ReadAllText(stampPath).Trim() != Stamp(library))
        {
            return "the seeds or the way they are read changed";
        }

        using var directory = new NIOFSDirectory(new DirectoryInfo(lucenePath));
        return DirectoryReader.IndexExists(directory) ? null : "the index files are missing";
    }

    private static LucenePassageIndex LoadIntoMemory(string folder, ITextEncoder? encoder, PassageVectors? vectors)
    {
        using var onDisk = new NIOFSDirectory(new DirectoryInfo(Path.Combine(folder, LuceneFolder)));
        var inMemory = new RAMDirectory(onDisk, IOContext.DEFAULT);
        try
        {
            return new LucenePassageIndex(inMemory, encoder, vectors);
        }
        catch
        {
            inMemory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The layout, the seeds, and what the index stores that is worked out from them (each paragraph's kind and
    /// speaker): a change to attribution rebuilds the index even when the seeds are the same.
    /// </summary>
    private static string Stamp(ArticleLibrary library)
    {
        var derived = new System.Text.StringBuilder();
        foreach (var p in library.AllParagraphs)
        {
            derived.Append(p.ArticleId).Append('|').Append(p.Number).Append('|').Append(p.Kind).Append('|')
                .Append(p.Speaker?.Name).Append('|').Append(p.Speaker?.Role).Append('|').Append(p.Attribution.Verbatim).Append('\n');
        }

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(derived.ToString())));
        return $"{LayoutVersion} {library.Fingerprint} {hash[..16]}";
    }
}
