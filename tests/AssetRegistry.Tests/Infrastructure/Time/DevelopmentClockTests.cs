using AssetRegistry.Infrastructure.Time;
using Microsoft.Extensions.Time.Testing;

namespace AssetRegistry.Tests.Infrastructure.Time;

public sealed class DevelopmentClockTests
{
    [Fact]
    public void the_development_clock_runs_with_real_time_plus_what_it_was_moved_forward()
    {
        var real = new FakeTimeProvider(RegistryApp.Start);
        var clock = new DevelopmentClock(real);

        clock.Advance(TimeSpan.FromDays(10));
        real.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(RegistryApp.Start + TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1), clock.GetUtcNow());
    }

    [Fact]
    public void the_development_clock_never_runs_backwards()
    {
        var clock = new DevelopmentClock(new FakeTimeProvider(RegistryApp.Start));

        var refusal = Assert.Throws<Refusal>(() => clock.Advance(TimeSpan.FromSeconds(-1)));

        Assert.Equal("advanceBy", refusal.Field);
        Assert.Equal(RegistryApp.Start, clock.GetUtcNow());
    }
}
