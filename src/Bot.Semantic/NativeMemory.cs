using System.Runtime.InteropServices;

namespace Bot.Semantic;

/// <summary>
/// Hands memory that native code freed back to the operating system. Loading the ONNX model frees its 90 MB
/// protobuf copy after building the weights, but glibc keeps freed heap pages mapped; trimming then lowers the
/// resident size by about 30 MB (measured: tests/Bot.Benchmarks/measure-rss.sh).
/// </summary>
internal static partial class NativeMemory
{
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
    /// Makes glibc hand large blocks (128 KB and up: an encoder run's activations) back to the operating system when
    /// they are freed, instead of raising its threshold after the first such block and keeping them in its heaps.
    /// Under 16 connections that kept the peak about 5 MB lower (measured: tests/Bot.Benchmarks/load.sh).
    /// </summary>
    public static void ReturnLargeBlocksWhenFreed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallOpt(MmapThreshold, 128 * 1024);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc: its own allocator's defaults stand.
        }
    }

    /// <summary>glibc's M_MMAP_THRESHOLD; setting it also turns off glibc's dynamic threshold.</summary>
    private const int MmapThreshold = -3;

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int MallOpt(int parameter, int value);

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
