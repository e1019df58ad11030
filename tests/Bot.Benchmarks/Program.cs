using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Bot.Benchmarks;

// `dotnet run -c Release --project tests/Bot.Benchmarks` runs every benchmark; `-- --filter *Answer*` runs some;
// `-- latency` prints per-question answer latency percentiles instead (a load run, not BenchmarkDotNet);
// `-- concurrency` prints semantic answers per second, 16 in flight against one, in process.
if (args is ["latency", ..])
{
    LatencyRun.Run();
    return;
}

if (args is ["concurrency", ..])
{
    ConcurrencyRun.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnswerBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, DefaultConfig.Instance);
