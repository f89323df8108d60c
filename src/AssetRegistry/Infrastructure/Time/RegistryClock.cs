using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Infrastructure.Time;

/// <summary>Configuration section <c>Registry:Clock</c>.</summary>
public sealed class RegistryClockSettings
{
    public static RegistryClockSettings From(IConfiguration configuration) =>
        configuration.GetSection("Registry:Clock").Get<RegistryClockSettings>() ?? new RegistryClockSettings();

    /// <summary>
    /// How far the wall clock may fall behind the last instant the registry handed out before the registry stops
    /// recording (503 <c>clock-behind</c>), stops issuing certificates and reports Unhealthy. Within it, acts are
    /// stamped just after the last one, so history stays in order while NTP or a skewed node catches up.
    /// </summary>
    public TimeSpan MaxBehind { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The name under which this node keeps its high-water mark; several nodes share one database.</summary>
    public string NodeName { get; set; } = Environment.MachineName;

    /// <summary>How often (real time) the high-water mark is written: never per act.</summary>
    public TimeSpan MarkInterval { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// The registry's one clock: the instant of every act, what Marten stamps events with and what "as of" reads.
/// It reads the wall clock (the system's, the development clock, or a test's fake), cut to the microsecond that
/// PostgreSQL keeps, and never answers an instant earlier than the last it handed out, also across restarts
/// (<see cref="StartAbove"/> with the mark <see cref="ClockMarks"/> kept). A wall clock that stepped back —
/// NTP, a restart, a node with a skewed clock — would otherwise stamp an act before the acts it follows.
/// </summary>
/// <remarks>
/// <b>One instant per act.</b> Within an act — a command's handling (<see cref="OneInstantPerAct"/>), a batch of
/// the seeder — every reading answers the same instant, taken at the first reading: the payload's
/// <c>registeredAt</c>, the views, the certificate's <c>effectiveAt</c> (Marten's stamp, which Marten takes from
/// this clock when the act commits) and therefore "as of" all name one instant. Outside an act each reading is fresh.
/// </remarks>
public sealed class RegistryClock(TimeProvider wall, RegistryClockSettings settings, ILogger<RegistryClock> logger) : TimeProvider
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;
    private static readonly AsyncLocal<Act?> CurrentAct = new();
    private long _lastTicks;
    private int _behind;

    /// <summary>
    /// Starts an act in the calling flow: the next reading fixes its instant. A retried handler starts a new act,
    /// so an act that lost a race is stamped after the one that won it.
    /// </summary>
    public static void BeginAct() => CurrentAct.Value = new Act();

    /// <summary>Ends the act, also for any work it started that still holds it.</summary>
    public static void EndAct()
    {
        if (CurrentAct.Value is { } act)
        {
            act.Ended = true;
        }

        CurrentAct.Value = null;
    }

    private sealed class Act
    {
        public long Ticks;
        public volatile bool Ended;
    }

    /// <summary>The latest instant handed out: what <see cref="ClockMarks"/> keeps.</summary>
    public DateTimeOffset HighWaterMark => new(Interlocked.Read(ref _lastTicks), TimeSpan.Zero);

    /// <summary>How far the wall clock is behind the high-water mark (zero when it is not).</summary>
    public TimeSpan Behind
    {
        get
        {
            var behind = Interlocked.Read(ref _lastTicks) - WallTicks();
            return behind > 0 ? TimeSpan.FromTicks(behind) : TimeSpan.Zero;
        }
    }

    /// <summary>Behind by more than <see cref="RegistryClockSettings.MaxBehind"/>: nothing may be recorded now.</summary>
    public bool RefusesWrites => Behind > settings.MaxBehind;

    public TimeSpan MaxBehind => settings.MaxBehind;

    public override DateTimeOffset GetUtcNow()
    {
        if (CurrentAct.Value is { Ended: false } act)
        {
            var fixedTicks = Interlocked.Read(ref act.Ticks);
            if (fixedTicks == 0)
            {
                var first = NextTicks();
                fixedTicks = Interlocked.CompareExchange(ref act.Ticks, first, 0) is var seen && seen == 0 ? first : seen;
            }

            return new DateTimeOffset(fixedTicks, TimeSpan.Zero);
        }

        return new DateTimeOffset(NextTicks(), TimeSpan.Zero);
    }

    private long NextTicks()
    {
        var wallTicks = WallTicks();
        while (true)
        {
            var last = Interlocked.Read(ref _lastTicks);
            // Equal is fine (two acts in one microsecond are ordered by the event sequence); behind is not.
            var next = wallTicks >= last ? wallTicks : last + TicksPerMicrosecond;
            if (Interlocked.CompareExchange(ref _lastTicks, next, last) == last)
            {
                NoteWall(behind: wallTicks < last, last, wallTicks);
                return next;
            }
        }
    }

    /// <summary>Never answer at or before <paramref name="mark"/>: the instant this registry last handed out, stored.</summary>
    public void StartAbove(DateTimeOffset mark)
    {
        var floor = CanonicalInstant.Truncate(mark).UtcTicks;
        var last = Interlocked.Read(ref _lastTicks);
        while (floor > last)
        {
            var seen = Interlocked.CompareExchange(ref _lastTicks, floor, last);
            if (seen == last)
            {
                break;
            }

            last = seen;
        }
    }

    public override TimeZoneInfo LocalTimeZone => wall.LocalTimeZone;

    // Durations and timers run on the wall clock's own ticks: a test's fake clock drives them as before.
    public override long TimestampFrequency => wall.TimestampFrequency;

    public override long GetTimestamp() => wall.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        wall.CreateTimer(callback, state, dueTime, period);

    private long WallTicks() => CanonicalInstant.Truncate(wall.GetUtcNow()).UtcTicks;

    private void NoteWall(bool behind, long lastTicks, long wallTicks)
    {
        if (behind && Interlocked.Exchange(ref _behind, 1) == 0)
        {
            logger.LogWarning(
                "The wall clock ({Wall:O}) is behind the last instant the registry handed out ({Mark:O}) by {Behind}; acts are stamped just after it until the wall clock catches up{Refusal}",
                new DateTimeOffset(wallTicks, TimeSpan.Zero), new DateTimeOffset(lastTicks, TimeSpan.Zero), TimeSpan.FromTicks(lastTicks - wallTicks),
                TimeSpan.FromTicks(lastTicks - wallTicks) > settings.MaxBehind ? $"; behind by more than {settings.MaxBehind}, nothing is recorded meanwhile" : "");
        }
        else if (!behind && Interlocked.Exchange(ref _behind, 0) == 1)
        {
            logger.LogInformation("The wall clock has caught up with the registry's clock at {Now:O}", new DateTimeOffset(wallTicks, TimeSpan.Zero));
        }
    }
}

/// <summary>
/// Wolverine middleware on every handler: each execution of a command (a retry too) is one act with one instant
/// (<see cref="RegistryClock"/>). It ends in <c>Finally</c>, after the transaction that recorded the act.
/// </summary>
public static class OneInstantPerAct
{
    public static void Before() => RegistryClock.BeginAct();

    public static void Finally() => RegistryClock.EndAct();
}
