namespace AssetRegistry.Benchmark;

/// <summary>
/// A lock-free log-bucketed histogram of durations: buckets 1 % wide from 1 µs to ~17 minutes, so a percentile
/// read from it is within 1 % of the exact one. Any number of threads may record at once.
/// </summary>
internal sealed class LatencyHistogram
{
    private const double Growth = 1.01;
    private static readonly double LogGrowth = Math.Log(Growth);
    private const int Buckets = 2100;
    private readonly long[] _counts = new long[Buckets];
    private long _total;
    private long _maxTicks;

    public long Count => Interlocked.Read(ref _total);

    public void Record(TimeSpan elapsed)
    {
        var micros = Math.Max(1.0, elapsed.Ticks / 10.0);
        var index = Math.Min(Buckets - 1, (int)(Math.Log(micros) / LogGrowth));
        Interlocked.Increment(ref _counts[index]);
        Interlocked.Increment(ref _total);
        long seen;
        while (elapsed.Ticks > (seen = Interlocked.Read(ref _maxTicks)) && Interlocked.CompareExchange(ref _maxTicks, elapsed.Ticks, seen) != seen)
        {
        }
    }

    /// <summary>The duration below which <paramref name="percent"/> % of the recorded ones lie (the bucket's upper edge).</summary>
    public TimeSpan Percentile(double percent)
    {
        var total = Count;
        if (total == 0)
        {
            return TimeSpan.Zero;
        }

        var rank = (long)Math.Ceiling(total * percent / 100.0);
        long seen = 0;
        for (var i = 0; i < Buckets; i++)
        {
            seen += Interlocked.Read(ref _counts[i]);
            if (seen >= rank)
            {
                var micros = Math.Pow(Growth, i + 1);
                return TimeSpan.FromTicks(Math.Min((long)(micros * 10), Interlocked.Read(ref _maxTicks)));
            }
        }

        return Max;
    }

    public TimeSpan Max => TimeSpan.FromTicks(Interlocked.Read(ref _maxTicks));
}
