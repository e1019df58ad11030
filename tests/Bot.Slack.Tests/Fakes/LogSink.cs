using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Tests.Fakes;

/// <summary>Keeps every log entry the host writes, to check what a refusal logs.</summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Error)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Message, Exception? Error)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink._entries.Enqueue((logLevel, category, formatter(state, exception), exception));
    }
}
