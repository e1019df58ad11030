using System.Globalization;
using System.Runtime.InteropServices;

namespace Bot.Semantic;

/// <summary>
/// Hints to the C library and the kernel about memory that ONNX Runtime holds. Loading the ONNX model frees large
/// buffers after building the weights, but glibc keeps freed heap pages mapped; trimming returns them (measured:
/// tests/Bot.Benchmarks/measure-rss.sh). And the memory-mapped weights file is read a row at a time.
/// </summary>
internal static partial class NativeMemory
{
    private const int MadviseRandom = 1;
    private const int FadviseDontNeed = 4;
    private const int MallocTrimThreshold = -1;
    private const int MallocMmapThreshold = -3;

    /// <summary>Calls glibc's malloc_trim; does nothing on other C libraries or operating systems.</summary>
    public static void ReleaseFreedPages()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl (Alpine) has no malloc_trim: nothing to release.
        }
    }

    /// <summary>
    /// Tells the kernel that this process reads the mappings of a file (those whose path ends in
    /// <paramref name="pathEnd"/>) at random: no read-ahead, and a page fault maps the page touched rather than the
    /// cached pages around it. By default each word piece looked up in the 47 MB word-piece table brought in 64 KB,
    /// and the 40 seed questions made about 30 MB of the table resident where they use under 2 MB. A page cached in a
    /// large block (as a file just written is) is still mapped whole, hence <see cref="DropFromPageCache"/> after the
    /// split. Only a hint: nothing happens where it is not understood.
    /// </summary>
    public static void AdviseRandomAccess(string pathEnd)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            foreach (var line in File.ReadLines("/proc/self/maps"))
            {
                // "start-end perms offset dev inode path"
                if (!line.EndsWith(pathEnd, StringComparison.Ordinal))
                {
                    continue;
                }

                var range = line.Split(' ', 2)[0].Split('-');
                if (range.Length == 2
                    && long.TryParse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var start)
                    && long.TryParse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var end)
                    && end > start)
                {
                    _ = Madvise((nint)start, (nuint)(end - start), MadviseRandom);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            // No /proc or no madvise: the default read-around only costs memory.
        }
    }

    /// <summary>
    /// Writes a file out and asks the kernel to drop it from the page cache, so that the next reads bring it back a
    /// page at a time. A file just written sits in the cache in large blocks (folios), and touching one byte of a
    /// memory-mapped block maps all of it: after the split, the whole word-piece table was resident after one article.
    /// </summary>
    public static void DropFromPageCache(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read);
            RandomAccess.FlushToDisk(file.SafeFileHandle); // fsync: the kernel drops only pages already written
            _ = PosixFadvise((int)file.SafeFileHandle.DangerousGetHandle(), 0, 0, FadviseDontNeed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            // Only memory: the file is read as it is.
        }
    }

    /// <summary>
    /// Tells glibc to keep freed blocks of up to 32 MB for the next allocation instead of returning them to the
    /// kernel. Each encoder run allocates and frees its activations (ONNX Runtime's arena is off), and glibc returned
    /// them after every run, so the next run faulted in fresh zeroed pages: 7–8% of the encoder threads' time under 16
    /// connections went to page faults and unmapping (perf), and throughput rose about 10% without it, for about 5 MB
    /// more at the peak (README, "Speed and memory"). Large runs trim explicitly afterwards. Process-wide: called
    /// only when the encoder loads, so a lexical-only process keeps glibc's defaults.
    /// </summary>
    public static void KeepFreedBlocksForReuse()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = Mallopt(MallocMmapThreshold, 32 * 1024 * 1024);
            _ = Mallopt(MallocTrimThreshold, 256 * 1024 * 1024);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc: its own defaults.
        }
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int Mallopt(int parameter, int value);

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);

    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    private static partial int PosixFadvise(int descriptor, long offset, long length, int advice);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
