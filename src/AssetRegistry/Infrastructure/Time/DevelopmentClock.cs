namespace AssetRegistry.Infrastructure.Time;

/// <summary>
/// The wall clock in Development: real time plus an offset that only moves forward, so that a walk-through can
/// let a public notice end or an objection lapse in seconds. The offset is kept in the database
/// (<see cref="ClockMarks"/>): a restart must not send the registry's time back by what it was moved. The
/// <see cref="RegistryClock"/> reads it; it does not exist outside Development.
/// </summary>
public sealed class DevelopmentClock : TimeProvider
{
    /// <summary>A century: further is a typing mistake, and beyond what <see cref="DateTimeOffset"/> can hold soon after.</summary>
    public static readonly TimeSpan MaxAdvance = TimeSpan.FromDays(36_525);

    private readonly TimeProvider _real;
    private long _offsetTicks;

    public DevelopmentClock(TimeProvider real) => _real = real;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => _real.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    /// <summary>Moves the clock forward; time never runs backwards, since events would then precede their causes.</summary>
    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw Refusal.Invalid("advanceBy", Refusals.ClockTooFarAhead, ("value", by));
        }

        if (by > MaxAdvance || Offset + by > MaxAdvance)
        {
            throw Refusal.Invalid("advanceBy", Refusals.ClockTooFarAhead, ("value", by));
        }

        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }

    /// <summary>Takes back the offset kept before a restart (it never shrinks).</summary>
    public void Restore(TimeSpan kept)
    {
        var current = Interlocked.Read(ref _offsetTicks);
        while (kept.Ticks > current)
        {
            var seen = Interlocked.CompareExchange(ref _offsetTicks, kept.Ticks, current);
            if (seen == current)
            {
                break;
            }

            current = seen;
        }
    }
}
