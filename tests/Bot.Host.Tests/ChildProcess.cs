using System.Diagnostics;
using System.Text;

namespace Bot.Host.Tests;

/// <summary>Runs `dotnet …` as a child process with the build's own environment variables removed.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ChildProcess(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // `dotnet test` runs us inside MSBuild's environment; a child `dotnet publish` must not inherit it.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "DOTNET_HOST_PATH").ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.StandardInput.Close();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The process id (the runtime runs inside the `dotnet` process itself).</summary>
    public int Id => _process.Id;

    /// <summary>Standard output and error so far, interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ChildProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        new(workingDirectory, environment, args);

    /// <summary>Runs to the end and returns the exit code and all output; kills it past the timeout.</summary>
    public static Task<(int Code, string Output)> RunAsync(string workingDirectory, TimeSpan timeout, params string[] args) =>
        RunAsync(workingDirectory, new Dictionary<string, string>(), timeout, args);

    /// <summary>Runs to the end with extra environment variables; kills it past the timeout.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
    {
        using var child = Start(workingDirectory, environment, args);
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await child._process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"dotnet {string.Join(' ', args)} took over {timeout}:\n{child.Output}");
        }

        return (child._process.ExitCode, child.Output);
    }

    /// <summary>SIGKILL (kill -9) to the process and its children, if still running; waits up to 5 s for the end.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
