using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>
/// What a test host logged, message and exception, so that a test waits for the thing it expects to happen (a batch
/// refused at commit) instead of sleeping for as long as it might take.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public bool Any(string text) => _lines.Any(line => line.Contains(text, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs._lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
