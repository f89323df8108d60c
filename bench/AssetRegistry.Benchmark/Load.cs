using System.Diagnostics;

namespace AssetRegistry.Benchmark;

/// <summary>Closed-loop load: a fixed number of clients, each starting its next operation when its last one ends.</summary>
internal static class Load
{
    /// <summary>Runs <paramref name="operation"/> once for every index below <paramref name="count"/>, on <paramref name="clients"/> clients.</summary>
    public static async Task<TimeSpan> ForEachAsync(int count, int clients, Func<int, int, Task> operation)
    {
        var next = -1;
        var elapsed = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                await operation(client, index);
            }
        }));
        await Task.WhenAll(workers);
        return elapsed.Elapsed;
    }

    /// <summary>Runs <paramref name="operation"/> on <paramref name="clients"/> clients until <paramref name="duration"/> has passed.</summary>
    public static async Task<TimeSpan> ForDurationAsync(TimeSpan duration, int clients, Func<int, long, Task> operation)
    {
        var elapsed = Stopwatch.StartNew();
        var next = -1L;
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            while (elapsed.Elapsed < duration)
            {
                await operation(client, Interlocked.Increment(ref next));
            }
        }));
        await Task.WhenAll(workers);
        return elapsed.Elapsed;
    }
}
