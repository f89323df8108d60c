namespace AssetRegistry.Infrastructure.Time;

/// <summary>
/// The registry's clock in Development: real time plus an offset that only moves forward, so that a
/// walk-through can let a public notice end or an objection lapse in seconds. Registered as the one
/// <see cref="TimeProvider"/>; it does not exist outside Development.
/// </summary>
public sealed class DevelopmentClock : TimeProvider
{
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
            throw Refusal.Invalid("advanceBy", "The development clock only moves forward.");
        }

        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
