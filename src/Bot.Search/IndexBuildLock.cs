namespace Bot.Search;

/// <summary>
/// The index folder's lock file (<c>build.lock</c>): one builder at a time among every process sharing the folder.
/// Held as an exclusive open of the file, which .NET takes as an advisory <c>flock</c> on Unix, so the kernel
/// releases it when the holder exits, even by kill -9: a crashed builder never blocks the others.
/// </summary>
internal sealed class IndexBuildLock : IDisposable
{
    private const string FileName = "build.lock";
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _file;

    private IndexBuildLock(FileStream file) => _file = file;

    /// <summary>Waits until this process holds the lock; says once that it is waiting for another builder.</summary>
    /// <param name="folder">The index folder (created if needed).</param>
    /// <param name="log">Told when another process holds the lock.</param>
    /// <param name="timeout">How long to wait before giving up with an <see cref="IOException"/>.</param>
    public static IndexBuildLock Acquire(string folder, Action<string>? log, TimeSpan timeout)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var deadline = DateTime.UtcNow + timeout;
        var told = false;
        while (true)
        {
            try
            {
                var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                file.SetLength(0);
                using (var writer = new StreamWriter(file, leaveOpen: true))
                {
                    // For a person looking at a stuck build: which process holds it.
                    writer.Write($"{Environment.ProcessId}@{Environment.MachineName}\n");
                }

                file.Flush(flushToDisk: false);
                return new IndexBuildLock(file);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                if (!told)
                {
                    log?.Invoke($"Waiting for another process building the index in '{Path.GetFullPath(folder)}'.");
                    told = true;
                }

                Thread.Sleep(s_poll);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
