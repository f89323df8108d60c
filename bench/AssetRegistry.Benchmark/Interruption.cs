using System.Collections.Concurrent;

namespace AssetRegistry.Benchmark;

/// <summary>
/// Ctrl+C ends the run without leaving anything behind: the service process this run started is killed (by its pid)
/// and its PostgreSQL cluster stopped, before the process exits.
/// </summary>
internal static class Interruption
{
    private static readonly ConcurrentDictionary<int, Action> Cleanups = new();
    private static int _next;

    public static void Install() => Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        Console.Error.WriteLine("interrupted: stopping the service and PostgreSQL this run started");
        foreach (var cleanup in Cleanups.OrderByDescending(c => c.Key).Select(c => c.Value))
        {
            try
            {
                cleanup();
            }
            catch (Exception failure)
            {
                Console.Error.WriteLine($"  {failure.Message}");
            }
        }

        Environment.Exit(130);
    };

    /// <summary>Registers <paramref name="cleanup"/> until the returned handle is disposed.</summary>
    public static IDisposable OnInterrupt(Action cleanup)
    {
        var key = Interlocked.Increment(ref _next);
        Cleanups[key] = cleanup;
        return new Registration(key);
    }

    private sealed class Registration(int key) : IDisposable
    {
        public void Dispose() => Cleanups.TryRemove(key, out _);
    }
}
