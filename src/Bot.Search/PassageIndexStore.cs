using System.Diagnostics;
using Bot.Core.Answering;
using Bot.Core.Articles;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Bot.Search;

/// <summary>
/// Keeps the index in a folder (<c>index/</c>) that several processes may share: each build goes into a folder of its
/// own under <c>builds/</c> (the Lucene files under <c>lucene/</c>, the seeds' fingerprint in <c>seeds.sha256</c>,
/// the embeddings in <c>vectors.bin</c>) and becomes current by an atomic switch (<see cref="IndexGenerations"/>);
/// one process builds at a time (<see cref="IndexBuildLock"/>) while the others wait and then load its build. Opening
/// loads the current build into memory, or rebuilds when it is missing, corrupt or built from other seeds; a process
/// serving from memory is untouched by a rebuild elsewhere. NIOFSDirectory, not MMapDirectory, which crashes and
/// slows down in this Lucene.Net beta.
/// </summary>
public static class PassageIndexStore
{
    /// <summary>Bumped when the document layout changes, so old indexes are rebuilt.</summary>
    private const string LayoutVersion = "layout-1";

    private const string LuceneFolder = "lucene";
    private const string StampFile = "seeds.sha256";
    private const string VectorsFile = "vectors.bin";

    /// <summary>How long to wait for another process's build: far longer than one (seconds), short of hanging for ever.</summary>
    private static readonly TimeSpan s_buildWait = TimeSpan.FromMinutes(10);

    /// <summary>Opens the index in <paramref name="folder"/>, rebuilding it first when needed.</summary>
    /// <param name="folder">The index folder.</param>
    /// <param name="library">The articles the index must match.</param>
    /// <param name="log">Receives one line when the index is rebuilt, saying why, and when it waits for another builder.</param>
    /// <param name="encoder">The sentence encoder for the semantic signal; null for lexical search only.</param>
    public static IndexOpenResult OpenOrBuild(string folder, ArticleLibrary library, Action<string>? log = null, ITextEncoder? encoder = null)
    {
        var stopwatch = Stopwatch.StartNew();

        // Most starts: the current build fits, and loading it needs no lock.
        if (TryLoadCurrent(folder, library, encoder, null, out _) is { } loaded)
        {
            return new IndexOpenResult(loaded, false, null, stopwatch.Elapsed);
        }

        using var buildLock = IndexBuildLock.Acquire(folder, log, s_buildWait);

        // Another process may have built it while this one waited for the lock: then load that build.
        if (TryLoadCurrent(folder, library, encoder, log, out var reason) is { } built)
        {
            return new IndexOpenResult(built, false, null, stopwatch.Elapsed);
        }

        log?.Invoke($"Rebuilding the index in '{Path.GetFullPath(folder)}': {reason}.");
        var build = BuildLocked(folder, library, encoder);
        var vectors = encoder is null ? null : LoadOrEncodeVectors(build, library, encoder, log);
        return new IndexOpenResult(LoadIntoMemory(build, encoder, vectors), true, reason, stopwatch.Elapsed);
    }

    /// <summary>Builds the index from scratch into a new build and makes it current, waiting for any other builder first.</summary>
    /// <param name="folder">The index folder.</param>
    /// <param name="library">The articles to index.</param>
    /// <param name="encoder">When given, the paragraphs' embeddings are computed and stored with the build.</param>
    public static void Build(string folder, ArticleLibrary library, ITextEncoder? encoder = null)
    {
        using var buildLock = IndexBuildLock.Acquire(folder, null, s_buildWait);
        BuildLocked(folder, library, encoder);
    }

    /// <summary>The folder of the build in use, or null when there is none yet.</summary>
    public static string? CurrentBuild(string folder) => IndexGenerations.Current(folder);

    /// <summary>Writes a complete build beside the current one, then switches to it; the caller holds the lock.</summary>
    private static string BuildLocked(string folder, ArticleLibrary library, ITextEncoder? encoder)
    {
        var build = IndexGenerations.Create(folder);
        var lucenePath = Path.Combine(build, LuceneFolder);
        System.IO.Directory.CreateDirectory(lucenePath);
        using (var directory = new NIOFSDirectory(new DirectoryInfo(lucenePath)))
        {
            PassageIndexWriter.Write(directory, library);
        }

        if (encoder is not null)
        {
            PassageVectors.Encode(library, encoder).Save(Path.Combine(build, VectorsFile), library.Fingerprint, encoder);
        }

        // The stamp is written last and the switch comes after it: no reader ever follows "current" to a partial build.
        File.WriteAllText(Path.Combine(build, StampFile), Stamp(library));
        IndexGenerations.Switch(folder, build);
        return build;
    }

    /// <summary>
    /// The current build loaded into memory, or null with the reason to rebuild. Embeddings missing for this encoder
    /// are computed and stored with the build only when <paramref name="encodeLog"/> is given (the caller holds the
    /// lock); otherwise null, so that the caller takes the lock first.
    /// </summary>
    private static LucenePassageIndex? TryLoadCurrent(string folder, ArticleLibrary library, ITextEncoder? encoder, Action<string>? encodeLog, out string reason)
    {
        var build = IndexGenerations.Current(folder);
        if (build is null)
        {
            reason = "no index yet";
            return null;
        }

        try
        {
            if (WhyRebuild(build, library) is { } why)
            {
                reason = why;
                return null;
            }

            PassageVectors? vectors = null;
            if (encoder is not null)
            {
                vectors = PassageVectors.TryLoad(Path.Combine(build, VectorsFile), library.Fingerprint, encoder);
                if (vectors is null && encodeLog is not null)
                {
                    vectors = LoadOrEncodeVectors(build, library, encoder, encodeLog);
                }
                else if (vectors is null)
                {
                    reason = "the embeddings for this encoder are missing";
                    return null;
                }
            }

            reason = "";
            return LoadIntoMemory(build, encoder, vectors);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException)
        {
            // Also a build deleted while this process was loading it (two builds elsewhere meanwhile): the caller
            // takes the lock and looks again.
            reason = $"the index could not be read ({e.GetType().Name}: {e.Message})";
            return null;
        }
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
