using System.Collections.Concurrent;
using System.Globalization;

namespace AssetRegistry.Benchmark;

/// <summary>
/// The service's log lines, counted by level as they arrive, and the async daemon's reports of a hole in the event
/// sequence it waited at before skipping it ("Daemon high water detection is skipping … stuck for …").
/// </summary>
internal sealed class ServiceLog
{
    private readonly ConcurrentQueue<(DateTimeOffset At, string Level, TimeSpan? GapWait)> _lines = new();

    public void Observe(string line)
    {
        var level = Between(line, "\"LogLevel\":\"", "\"") ?? "Text";
        TimeSpan? wait = null;
        if (line.Contains("high water detection is skipping", StringComparison.Ordinal)
            && Between(line, "\"Age\":\"", "\"") is { } age && TimeSpan.TryParse(age, CultureInfo.InvariantCulture, out var parsed))
        {
            wait = parsed;
        }

        _lines.Enqueue((DateTimeOffset.UtcNow, level, wait));
    }

    public Summary Between(DateTimeOffset from, DateTimeOffset to)
    {
        var lines = _lines.Where(l => l.At >= from && l.At < to).ToList();
        var waits = lines.Where(l => l.GapWait is not null).Select(l => l.GapWait!.Value).ToList();
        return new Summary(lines.Count, lines.Count(l => l.Level == "Error"), lines.Count(l => l.Level == "Warning"), waits.Count,
            waits.Count > 0 ? TimeSpan.FromTicks((long)waits.Average(w => w.Ticks)) : TimeSpan.Zero,
            waits.Count > 0 ? TimeSpan.FromTicks(waits.Sum(w => w.Ticks)) : TimeSpan.Zero);
    }

    private static string? Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        if (from < 0)
        {
            return null;
        }

        from += start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? null : text[from..to];
    }

    /// <param name="GapSkips">How often the daemon skipped a hole after waiting for it.</param>
    /// <param name="MeanGapWait">How long it waited at one, on average.</param>
    /// <param name="TotalGapWait">The sum of those waits.</param>
    public sealed record Summary(int Lines, int Errors, int Warnings, int GapSkips, TimeSpan MeanGapWait, TimeSpan TotalGapWait);
}
