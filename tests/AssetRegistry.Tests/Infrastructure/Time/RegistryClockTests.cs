using AssetRegistry.Infrastructure.Time;
using AssetRegistry.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssetRegistry.Tests.Infrastructure.Time;

/// <summary>The registry's clock as a function of the wall clock: in order, to the microsecond, whatever the wall clock does.</summary>
public sealed class RegistryClockTests
{
    private static readonly TimeSpan Microsecond = TimeSpan.FromTicks(10);
    private readonly SettableWallClock _wall = new(RegistryApp.Start);
    private readonly RegistryClock _clock;

    public RegistryClockTests() => _clock = new RegistryClock(_wall, new RegistryClockSettings(), NullLogger<RegistryClock>.Instance);

    [Fact]
    public void it_reads_the_wall_clock_cut_to_the_microsecond()
    {
        _wall.Advance(TimeSpan.FromTicks(12_345_678));

        Assert.Equal(RegistryApp.Start + TimeSpan.FromTicks(12_345_670), _clock.GetUtcNow());
    }

    [Fact]
    public void when_the_wall_clock_steps_back_it_answers_just_after_the_last_instant_it_handed_out()
    {
        _wall.Advance(TimeSpan.FromMinutes(1));
        var last = _clock.GetUtcNow();
        _wall.Now = RegistryApp.Start; // NTP stepped it back

        var first = _clock.GetUtcNow();
        var second = _clock.GetUtcNow();

        Assert.Equal(last + Microsecond, first);
        Assert.Equal(first + Microsecond, second);
        Assert.Equal(TimeSpan.FromMinutes(1) + 2 * Microsecond, _clock.Behind);
        Assert.False(_clock.RefusesWrites);
    }

    [Fact]
    public void a_wall_clock_that_stands_still_gives_the_same_instant_again()
    {
        Assert.Equal(_clock.GetUtcNow(), _clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, _clock.Behind);
    }

    [Fact]
    public void behind_by_more_than_the_limit_it_refuses_writes_and_when_the_wall_clock_catches_up_it_follows_it_again()
    {
        _clock.StartAbove(RegistryApp.Start + TimeSpan.FromMinutes(6));

        Assert.True(_clock.RefusesWrites);
        Assert.Equal(RegistryApp.Start + TimeSpan.FromMinutes(6) + Microsecond, _clock.GetUtcNow());

        _wall.Advance(TimeSpan.FromMinutes(2));
        Assert.False(_clock.RefusesWrites);
        _wall.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(RegistryApp.Start + TimeSpan.FromMinutes(7), _clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, _clock.Behind);
    }

    [Fact]
    public void a_kept_mark_below_the_wall_clock_changes_nothing()
    {
        _clock.StartAbove(RegistryApp.Start - TimeSpan.FromDays(1));

        Assert.Equal(RegistryApp.Start, _clock.GetUtcNow());
    }

    [Fact]
    public void within_an_act_every_reading_answers_the_instant_of_the_first()
    {
        RegistryClock.BeginAct();
        try
        {
            var first = _clock.GetUtcNow();
            _wall.Advance(TimeSpan.FromMilliseconds(15));

            Assert.Equal(first, _clock.GetUtcNow());
        }
        finally
        {
            RegistryClock.EndAct();
        }

        Assert.Equal(RegistryApp.Start + TimeSpan.FromMilliseconds(15), _clock.GetUtcNow());
    }

    [Fact]
    public void a_new_act_takes_a_new_instant()
    {
        RegistryClock.BeginAct();
        var first = _clock.GetUtcNow();
        _wall.Advance(TimeSpan.FromMilliseconds(15));
        RegistryClock.BeginAct(); // a retried handler
        var retried = _clock.GetUtcNow();
        RegistryClock.EndAct();

        Assert.Equal(first + TimeSpan.FromMilliseconds(15), retried);
    }
}

/// <summary>A wall clock that, unlike a fake one, may be set back.</summary>
public sealed class SettableWallClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
