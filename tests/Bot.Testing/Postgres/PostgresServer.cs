using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Bot.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for the tests: initdb into a temporary folder, pg_ctl start on a free loopback port
/// with trust authentication, started once per test process and stopped (and its folder deleted) when the process
/// exits. initdb refuses to run as root, so as root the server runs as the <c>postgres</c> user (runuser). Each test
/// class takes a database of its own (<see cref="CreateDatabase"/>), so tests stay independent.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> s_shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int s_databases;

    private readonly string _folder;
    private readonly string _bin;

    private PostgresServer(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    /// <summary>The server of this test process, started on first use.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed, or the server did not start.</exception>
    public static PostgresServer Shared => s_shared.Value;

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>Creates a new, empty database and returns its Npgsql connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"bot_test_{Environment.ProcessId}_{Interlocked.Increment(ref s_databases)}";
        using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
            create.ExecuteNonQuery();
        }

        return ConnectionString(name);
    }

    /// <summary>The connection string of a database on this server (user postgres, trust authentication, no pooling left behind).</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Database = database, Username = "postgres", Timeout = 30 }.ToString();

    /// <summary>Runs a PostgreSQL program from the server's bin folder, as the server's user; returns its output.</summary>
    public string RunTool(string tool, params string[] args) => Run(_bin, tool, args, TimeSpan.FromSeconds(60));

    private static PostgresServer Start()
    {
        var bin = PostgresInstall.BinFolder ?? throw new InvalidOperationException(PostgresInstall.MissingReason);
        SweepLeftovers();
        var folder = Path.Combine(Path.GetTempPath(), "bot-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var data = Path.Combine(folder, "data");
        if (IsRoot)
        {
            Exec("chown", ["postgres:postgres", folder], TimeSpan.FromSeconds(10));
        }

        Run(bin, "initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], TimeSpan.FromSeconds(120));
        var port = FreePort();

        // fsync off: a throwaway server; the socket in our folder, not /var/run/postgresql, which may not exist.
        Run(bin, "pg_ctl", ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-h 127.0.0.1 -p {port} -k {folder} -F -c max_connections=200", "start"], TimeSpan.FromSeconds(90));
        var server = new PostgresServer(bin, folder, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    /// <summary>
    /// Stops the server at once (SIGQUIT: PostgreSQL's immediate shutdown) and deletes its folder, from a shell of its
    /// own that outlives this process: the test host ends soon after process-exit handlers start, so nothing here waits.
    /// <see cref="SweepLeftovers"/> removes what a killed run left.
    /// </summary>
    private void Stop()
    {
        var pid = ServerPid(_folder)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("""[ -n "$1" ] && kill -QUIT "$1"; sleep 1; rm -rf "$2" """);
        start.ArgumentList.Add("stop-postgres");
        start.ArgumentList.Add(pid);
        start.ArgumentList.Add(_folder);
        Process.Start(start)?.Dispose();
    }

    /// <summary>Folders of earlier runs whose server is no longer running (a test host killed before it could clean up).</summary>
    private static void SweepLeftovers()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "bot-pg-*"))
        {
            if (ServerPid(folder) is not { } pid || !Directory.Exists($"/proc/{pid}"))
            {
                DeleteFolder(folder);
            }
        }
    }

    private static int? ServerPid(string folder)
    {
        try
        {
            var first = File.ReadLines(Path.Combine(folder, "data", "postmaster.pid")).FirstOrDefault();
            return int.TryParse(first, out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void DeleteFolder(string folder)
    {
        // The server's last files (its socket, its pid file) may still be going as it exits: try a few times.
        for (var attempt = 0; attempt < 20 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(50);
            }
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string Run(string bin, string tool, string[] args, TimeSpan timeout)
    {
        var program = Path.Combine(bin, tool);
        return IsRoot ? Exec("runuser", ["-u", "postgres", "--", program, .. args], timeout) : Exec(program, args, timeout);
    }

    private static string Exec(string program, string[] args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} took over {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {error.Result}{output.Result}");
        }

        return output.Result;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
