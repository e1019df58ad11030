using Microsoft.ML.OnnxRuntime;

namespace Bot.Semantic;

/// <summary>
/// The model on disk, laid out for ONNX Runtime to map rather than copy: the graph in <c>model.onnx</c> (about 30 KB)
/// and the weights beside it in <c>model.weights</c> (90 MB), in a folder named for the packaged model's size, so a
/// package that ships other weights gets a folder of its own.
/// </summary>
/// <remarks>
/// Weights stored inside an .onnx file are parsed into a heap copy, all 90 MB resident for the life of the process.
/// Weights in an external file are memory-mapped: ONNX Runtime reads the word-piece table (47 MB of the 90) only where
/// a question's word pieces are, and the layers' weights it repacks for its matrix products are read once. Those
/// pages are the file's, which the kernel can drop and re-read, not the heap's (measured on the seed questions: 23 MB
/// less resident when ready, README "Speed and memory"). The split is made once, by ONNX Runtime itself: a session
/// that saves its graph after the basic (hardware-independent) optimisations, every initializer over 1 KB written to
/// the weights file.
/// </remarks>
internal static class ModelFiles
{
    public const string GraphFileName = "model.onnx";
    public const string WeightsFileName = "model.weights";

    /// <summary>The single-file model that earlier versions extracted; removed when found.</summary>
    private const string LegacyFileName = "all-MiniLM-L6-v2.onnx";

    /// <summary>
    /// The graph file of the split model in <paramref name="modelFolder"/>, made from <paramref name="packaged"/>
    /// (the package's single-file model) when missing. Safe for several processes at once: each makes its split in a
    /// folder of its own and renames it into place; the first rename wins and the others discard theirs.
    /// </summary>
    public static string Ensure(string modelFolder, PackagedModel packaged)
    {
        var folder = Path.Combine(modelFolder, $"all-MiniLM-L6-v2-{packaged.Length}");
        var graph = Path.Combine(folder, GraphFileName);
        if (IsComplete(folder))
        {
            return graph;
        }

        if (Directory.Exists(folder))
        {
            // A split only appears whole (by a rename), so a part of one was left by hand: make it again.
            Discard(folder);
        }

        Directory.CreateDirectory(modelFolder);
        RemoveAbandonedWork(modelFolder);
        var temp = $"{folder}.{Guid.NewGuid():N}.tmp";
        Directory.CreateDirectory(temp);
        try
        {
            Split(packaged, temp);
            Directory.Move(temp, folder);
        }
        catch (IOException) when (IsComplete(folder))
        {
            // Another process renamed its split into place first: use that one.
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }

        RemoveLegacyFile(modelFolder);
        return graph;
    }

    /// <summary>
    /// Removes a split folder that will not load (a file cut short by a crash or a full disk), so that the next
    /// <see cref="Ensure"/> makes it again. Renamed away first, so a process that just renamed a new split into place
    /// loses nothing to a delete that was meant for the old one.
    /// </summary>
    public static void Discard(string folder)
    {
        var doomed = $"{folder}.{Guid.NewGuid():N}.discarded";
        try
        {
            Directory.Move(folder, doomed);
            Directory.Delete(doomed, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Another process discarded it first.
        }
    }

    /// <summary>The end of the weights file's path as the process's memory maps name it (the folder and the file).</summary>
    public static string WeightsPathEnd(string graph) =>
        $"/{Path.GetFileName(Path.GetDirectoryName(graph))}/{WeightsFileName}";

    private static bool IsComplete(string folder) =>
        File.Exists(Path.Combine(folder, GraphFileName)) && File.Exists(Path.Combine(folder, WeightsFileName));

    /// <summary>Writes the packaged model into <paramref name="folder"/> as a graph file and a weights file.</summary>
    private static void Split(PackagedModel packaged, string folder)
    {
        var single = Path.Combine(folder, LegacyFileName);
        using (var file = File.Create(single))
        {
            packaged.CopyTo(file);
        }

        using (var options = new SessionOptions
        {
            // Basic optimisations only (constant folding, redundant nodes): they hold on any CPU, where the extended
            // ones (fused attention) are applied again when the split model is loaded.
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC,
            OptimizedModelFilePath = Path.Combine(folder, GraphFileName),
            EnableCpuMemArena = false,
        })
        {
            options.AddSessionConfigEntry("session.optimized_model_external_initializers_file_name", WeightsFileName);
            options.AddSessionConfigEntry("session.optimized_model_external_initializers_min_size_in_bytes", "1024");
            using var session = new InferenceSession(single, options);
        }

        File.Delete(single);
        NativeMemory.ReleaseFreedPages();

        // On disk before the rename makes the split visible: a crash must not leave a whole-looking split cut short.
        FlushToDisk(Path.Combine(folder, GraphFileName));
        FlushToDisk(Path.Combine(folder, WeightsFileName));
        NativeMemory.DropFromPageCache(Path.Combine(folder, WeightsFileName));
    }

    /// <summary>
    /// Deletes working folders that a killed process left (a split takes seconds; one older than ten minutes is
    /// nobody's), each up to 180 MB.
    /// </summary>
    private static void RemoveAbandonedWork(string modelFolder)
    {
        var cutoff = DateTime.UtcNow - TimeSpan.FromMinutes(10);
        foreach (var work in Directory.EnumerateDirectories(modelFolder, "*.tmp").Concat(Directory.EnumerateDirectories(modelFolder, "*.discarded")))
        {
            try
            {
                if (Directory.GetLastWriteTimeUtc(work) < cutoff)
                {
                    Directory.Delete(work, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Someone else's to finish or remove.
            }
        }
    }

    private static void FlushToDisk(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read);
        RandomAccess.FlushToDisk(file.SafeFileHandle);
    }

    private static void RemoveLegacyFile(string modelFolder)
    {
        try
        {
            File.Delete(Path.Combine(modelFolder, LegacyFileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only disk space: a process of the earlier version may still hold it open.
        }
    }
}
