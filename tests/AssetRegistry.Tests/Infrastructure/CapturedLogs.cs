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
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _awaited = new(StringComparer.Ordinal);

    public bool Any(string text) => _lines.Any(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>Completes when a line containing <paramref name="text"/> has been logged (at once if one was); fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForAsync(string text, TimeSpan timeout, string failure)
    {
        var logged = _awaited.GetOrAdd(text, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (Any(text))
        {
            logged.TrySetResult();
        }

        try
        {
            await logged.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            Assert.Fail(failure);
        }
    }

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
                var line = $"{category}: {formatter(state, exception)} {exception}";
                logs._lines.Enqueue(line);
                foreach (var (text, logged) in logs._awaited)
                {
                    if (line.Contains(text, StringComparison.Ordinal))
                    {
                        logged.TrySetResult();
                    }
                }
            }
        }
    }
}
