using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace AssetRegistry.Benchmark;

/// <summary>
/// One kind of operation in one phase: how many ended how (HTTP status, or "ok"/"error" in process), their latencies
/// and the wall time of the phase they ran in.
/// </summary>
internal sealed class OperationStats(string name)
{
    private readonly ConcurrentDictionary<string, long> _outcomes = new(StringComparer.Ordinal);

    public string Name { get; } = name;
    public LatencyHistogram Latency { get; } = new();
    public TimeSpan Elapsed { get; set; }

    /// <summary>Operations that did what they were meant to (2xx, or the expected refusal).</summary>
    public long Succeeded => _outcomes.Where(o => o.Key.StartsWith('2') || o.Key == "ok").Sum(o => o.Value);

    public long Total => _outcomes.Values.Sum();

    public double Throughput => Elapsed > TimeSpan.Zero ? Succeeded / Elapsed.TotalSeconds : 0;

    public IReadOnlyDictionary<string, long> Outcomes => _outcomes;

    public void Record(string outcome, TimeSpan latency)
    {
        _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        Latency.Record(latency);
    }

    public void Count(string outcome) => _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);

    public long CountOf(string outcome) => _outcomes.GetValueOrDefault(outcome);

    public string OutcomeText() =>
        string.Join(", ", _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Key}: {o.Value:N0}")));

    /// <summary>Runs <paramref name="operation"/> once, timed; its answer is the outcome recorded.</summary>
    public async Task<T> TimeAsync<T>(Func<Task<(string Outcome, T Value)>> operation)
    {
        var started = Stopwatch.GetTimestamp();
        string outcome;
        T value;
        try
        {
            (outcome, value) = await operation();
        }
        catch (Exception e)
        {
            Record("exception:" + e.GetType().Name, Stopwatch.GetElapsedTime(started));
            LastError = e;
            return default!;
        }

        Record(outcome, Stopwatch.GetElapsedTime(started));
        return value;
    }

    public Exception? LastError { get; private set; }
}
