using System.Diagnostics;
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

    /// <summary>Opens the index in <paramref name="folder"/>, rebuilding it first when needed.</summary>
    /// <param name="folder">The index folder.</param>
    /// <param name="library">The articles the index must match.</param>
    /// <param name="log">Receives one line when the index is rebuilt, saying why.</param>
    public static IndexOpenResult OpenOrBuild(string folder, ArticleLibrary library, Action<string>? log = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var reason = WhyRebuild(folder, library);
        if (reason is null)
        {
            try
            {
                return new IndexOpenResult(LoadIntoMemory(folder), false, null, stopwatch.Elapsed);
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException)
            {
                reason = $"the index could not be read ({e.GetType().Name}: {e.Message})";
            }
        }

        log?.Invoke($"Rebuilding the index in '{Path.GetFullPath(folder)}': {reason}.");
        Build(folder, library);
        return new IndexOpenResult(LoadIntoMemory(folder), true, reason, stopwatch.Elapsed);
    }

    /// <summary>Builds the index in <paramref name="folder"/> from scratch and stamps it with the seeds' fingerprint.</summary>
    public static void Build(string folder, ArticleLibrary library)
    {
        var lucenePath = Path.Combine(folder, LuceneFolder);
        if (System.IO.Directory.Exists(lucenePath))
        {
            System.IO.Directory.Delete(lucenePath, recursive: true);
        }

        System.IO.Directory.CreateDirectory(lucenePath);
        var stampPath = Path.Combine(folder, StampFile);
        File.Delete(stampPath);
        using (var directory = new NIOFSDirectory(new DirectoryInfo(lucenePath)))
        {
            PassageIndexWriter.Write(directory, library);
        }

        // The stamp is written last: an interrupted build leaves no stamp and is rebuilt next time.
        File.WriteAllText(stampPath, Stamp(library));
    }

    /// <summary>An index held only in memory, for tests and throwaway runs.</summary>
    public static LucenePassageIndex InMemory(ArticleLibrary library)
    {
        var directory = new RAMDirectory();
        PassageIndexWriter.Write(directory, library);
        return new LucenePassageIndex(directory);
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
            return "the seeds changed";
        }

        using var directory = new NIOFSDirectory(new DirectoryInfo(lucenePath));
        return DirectoryReader.IndexExists(directory) ? null : "the index files are missing";
    }

    private static LucenePassageIndex LoadIntoMemory(string folder)
    {
        using var onDisk = new NIOFSDirectory(new DirectoryInfo(Path.Combine(folder, LuceneFolder)));
        var inMemory = new RAMDirectory(onDisk, IOContext.DEFAULT);
        try
        {
            return new LucenePassageIndex(inMemory);
        }
        catch
        {
            inMemory.Dispose();
            throw;
        }
    }

    private static string Stamp(ArticleLibrary library) => $"{LayoutVersion} {library.Fingerprint}";
}
