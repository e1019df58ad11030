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

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
